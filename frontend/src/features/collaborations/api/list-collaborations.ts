import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { CollaborationListQuery, CollaborationPage } from '../model';
import { collaborationKeys } from './query-keys';

export const PAGE_SIZE = 20;

/** One page of public collaborations, with the facet counts of everything that matches the filters. */
export async function listCollaborations(
  client: ApiClient,
  query: CollaborationListQuery,
  cursor?: string,
): Promise<CollaborationPage> {
  return unwrap(
    await client.GET('/api/v1/collaborations', {
      params: { query: { ...query, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

/** Pages follow the server's opaque cursor; "Show more" asks for the next one. */
export function collaborationsQueryOptions(client: ApiClient, query: CollaborationListQuery) {
  return infiniteQueryOptions({
    queryKey: collaborationKeys.list(query),
    queryFn: ({ pageParam }) => listCollaborations(client, query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** The previous results stay on screen while a changed query loads. */
export function useCollaborations(query: CollaborationListQuery) {
  return useInfiniteQuery({ ...collaborationsQueryOptions(useApiClient(), query), placeholderData: keepPreviousData });
}
