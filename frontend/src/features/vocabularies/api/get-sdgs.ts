import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { components } from '../../../lib/api/schema';

export type Sdg = components['schemas']['Sdg'];

export async function getSdgs(client: ApiClient): Promise<Sdg[]> {
  return unwrap(await client.GET('/api/v1/vocabularies/sdgs')).items;
}

export function sdgsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['vocabularies', 'sdgs'],
    queryFn: () => getSdgs(client),
    // The goals of Agenda 2030 do not change while someone reads the page.
    staleTime: 60 * 60 * 1000,
  });
}

export function useSdgs() {
  return useQuery(sdgsQueryOptions(useApiClient()));
}
