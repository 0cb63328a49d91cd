import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ErasurePlan } from '../model';
import { profileKeys } from './query-keys';

/** What erasing the account would end, what blocks it, and a fresh confirmation token (10 minutes). */
export async function getErasurePlan(client: ApiClient): Promise<ErasurePlan> {
  return unwrap(await client.GET('/api/v1/me/erasure'));
}

export function erasurePlanQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: profileKeys.erasurePlan,
    queryFn: () => getErasurePlan(client),
    // Each answer carries a confirmation that expires: never reuse an old one from the cache.
    staleTime: 0,
    gcTime: 0,
  });
}

/** Asks only once the person has opened the erasure step. */
export function useErasurePlan(options: { enabled: boolean }) {
  return useQuery({ ...erasurePlanQueryOptions(useApiClient()), enabled: options.enabled });
}
