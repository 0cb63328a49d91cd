import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { components } from '../../../lib/api/schema';

export type TechnologyArea = components['schemas']['TechnologyArea'];

export async function getTechnologyAreas(client: ApiClient): Promise<TechnologyArea[]> {
  return unwrap(await client.GET('/api/v1/vocabularies/technology-areas')).items;
}

export function technologyAreasQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['vocabularies', 'technology-areas'],
    queryFn: () => getTechnologyAreas(client),
    // A moderated list that changes rarely; a page can keep the one it loaded.
    staleTime: 60 * 60 * 1000,
  });
}

export function useTechnologyAreas() {
  return useQuery(technologyAreasQueryOptions(useApiClient()));
}
