import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { components } from '../../../lib/api/schema';

export type Me = components['schemas']['Me'];

export async function getMe(client: ApiClient): Promise<Me> {
  return unwrap(await client.GET('/api/v1/me'));
}

export function meQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['me'],
    queryFn: () => getMe(client),
  });
}

/** Asks only when `enabled`: without a session the answer would be a 401. */
export function useMe({ enabled }: { enabled: boolean }) {
  return useQuery({ ...meQueryOptions(useApiClient()), enabled });
}
