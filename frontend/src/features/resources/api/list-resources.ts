import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ResourceListQuery, ResourcePage } from '../model';
import { resourceKeys } from './query-keys';

export const PAGE_SIZE = 20;

/** One page of resources, with the facet counts of everything that matches the filters. */
export async function listResources(client: ApiClient, query: ResourceListQuery, cursor?: string): Promise<ResourcePage> {
  return unwrap(
    await client.GET('/api/v1/resources', {
      params: { query: { ...query, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

/** Pages follow the server's opaque cursor; "Show more" asks for the next one. */
export function resourcesQueryOptions(client: ApiClient, query: ResourceListQuery) {
  return infiniteQueryOptions({
    queryKey: resourceKeys.list(query),
    queryFn: ({ pageParam }) => listResources(client, query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** `keepPrevious` keeps showing the last results while a changed query loads, instead of "loading". */
export function useResources(query: ResourceListQuery, options: { enabled?: boolean; keepPrevious?: boolean } = {}) {
  return useInfiniteQuery({
    ...resourcesQueryOptions(useApiClient(), query),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}
