import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { resourceKeys } from './query-keys';

export const PAGE_SIZE = 20;

/** The moderators' queue: every actor's taken-down resources, the latest takedown first. */
export async function listTakenDownResources(client: ApiClient, cursor?: string) {
  return unwrap(
    await client.GET('/api/v1/moderation/taken-down-resources', {
      params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function takenDownResourcesQueryOptions(client: ApiClient) {
  return infiniteQueryOptions({
    queryKey: resourceKeys.takenDown(),
    queryFn: ({ pageParam }) => listTakenDownResources(client, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useTakenDownResources() {
  return useInfiniteQuery(takenDownResourcesQueryOptions(useApiClient()));
}
