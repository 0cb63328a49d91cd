import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { components } from '../../../lib/api/schema';

export type Municipality = components['schemas']['Municipality'];

/** All of Sweden's municipalities (290): small enough to fetch once and filter in the browser. */
export async function getMunicipalities(client: ApiClient): Promise<Municipality[]> {
  return unwrap(await client.GET('/api/v1/vocabularies/municipalities')).items;
}

export function municipalitiesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['vocabularies', 'municipalities'],
    queryFn: () => getMunicipalities(client),
    // Municipalities change by law, not while someone reads the page.
    staleTime: 60 * 60 * 1000,
  });
}

export function useMunicipalities() {
  return useQuery(municipalitiesQueryOptions(useApiClient()));
}
