import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { JoinRequest } from '../model';
import { actorKeys } from './query-keys';

/** The requests waiting for an owner's answer. */
export async function getPendingJoinRequests(client: ApiClient, actorId: string): Promise<JoinRequest[]> {
  return unwrap(
    await client.GET('/api/v1/actors/{id}/join-requests', {
      params: { path: { id: actorId }, query: { status: 'PENDING' } },
    }),
  ).items;
}

export function pendingJoinRequestsQueryOptions(client: ApiClient, actorId: string) {
  return queryOptions({
    queryKey: actorKeys.joinRequests(actorId),
    queryFn: () => getPendingJoinRequests(client, actorId),
  });
}

export function usePendingJoinRequests(actorId: string) {
  return useQuery(pendingJoinRequestsQueryOptions(useApiClient(), actorId));
}
