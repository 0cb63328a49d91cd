import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { SearchResult } from '../model';

/** Active actors and published resources matching the words, best first, with highlighted snippets. */
export async function search(client: ApiClient, q: string, limit: number): Promise<SearchResult> {
  return unwrap(await client.GET('/api/v1/search', { params: { query: { q, limit } } }));
}

export function searchQueryOptions(client: ApiClient, q: string, limit: number) {
  return queryOptions({
    queryKey: ['search', q, limit],
    queryFn: () => search(client, q, limit),
    // The API lets caches keep an answer for 30 seconds; so does this one.
    staleTime: 30_000,
  });
}

/** Asks only for a query (undefined while too short); the last hits stay while the next arrive. */
export function useSearch(q: string | undefined, limit: number) {
  return useQuery({
    ...searchQueryOptions(useApiClient(), q ?? '', limit),
    enabled: q !== undefined,
    placeholderData: keepPreviousData,
  });
}
