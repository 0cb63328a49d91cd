import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ActorListQuery } from '../model';
import { actorKeys } from './query-keys';

export const PAGE_SIZE = 20;

export async function listActors(client: ApiClient, query: ActorListQuery, cursor?: string) {
  return unwrap(
    await client.GET('/api/v1/actors', {
      params: { query: { ...query, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

/** Pages follow the server's opaque cursor; "Show more" asks for the next one. */
export function actorsQueryOptions(client: ApiClient, query: ActorListQuery) {
  return infiniteQueryOptions({
    queryKey: actorKeys.list(query),
    queryFn: ({ pageParam }) => listActors(client, query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** `keepPrevious` keeps showing the last results while a changed query loads, instead of "loading". */
export function useActors(query: ActorListQuery, options: { enabled?: boolean; keepPrevious?: boolean } = {}) {
  return useInfiniteQuery({
    ...actorsQueryOptions(useApiClient(), query),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}
