import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { integrationKeys } from './query-keys';

export const DELIVERIES_PAGE_SIZE = 20;

/** One page of a subscription's deliveries, newest first. */
export async function listDeliveries(client: ApiClient, actorId: string, id: string, cursor?: string) {
  return unwrap(
    await client.GET('/api/v1/actors/{actorId}/webhooks/{id}/deliveries', {
      params: { path: { actorId, id }, query: { limit: DELIVERIES_PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function deliveriesQueryOptions(client: ApiClient, actorId: string, id: string) {
  return infiniteQueryOptions({
    queryKey: integrationKeys.deliveries(actorId, id),
    queryFn: ({ pageParam }) => listDeliveries(client, actorId, id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** Asked only while the log is open. */
export function useDeliveries(actorId: string, id: string, options: { enabled: boolean }) {
  return useInfiniteQuery({ ...deliveriesQueryOptions(useApiClient(), actorId, id), enabled: options.enabled });
}
