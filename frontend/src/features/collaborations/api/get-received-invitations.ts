import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ReceivedCollaborationInvitation } from '../model';
import { collaborationKeys } from './query-keys';

/** The invitations to collaborations that wait for an answer from the actor's owners. */
export async function getReceivedInvitations(client: ApiClient, actorId: string): Promise<ReceivedCollaborationInvitation[]> {
  return unwrap(
    await client.GET('/api/v1/actors/{id}/collaboration-invitations', { params: { path: { id: actorId } } }),
  ).items;
}

export function receivedInvitationsQueryOptions(client: ApiClient, actorId: string) {
  return queryOptions({
    queryKey: collaborationKeys.received(actorId),
    queryFn: () => getReceivedInvitations(client, actorId),
  });
}

export function useReceivedInvitations(actorId: string) {
  return useQuery(receivedInvitationsQueryOptions(useApiClient(), actorId));
}
