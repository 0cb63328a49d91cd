import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ReceivedInvitation } from '../model';
import { actorKeys } from './query-keys';

/** The invitations to co-organise other actors' resources that wait for an owner's answer. */
export async function getCoOrganiserInvitations(client: ApiClient, actorId: string): Promise<ReceivedInvitation[]> {
  return unwrap(
    await client.GET('/api/v1/actors/{id}/co-organiser-invitations', {
      params: { path: { id: actorId } },
    }),
  ).items;
}

export function coOrganiserInvitationsQueryOptions(client: ApiClient, actorId: string) {
  return queryOptions({
    queryKey: actorKeys.coOrganiserInvitations(actorId),
    queryFn: () => getCoOrganiserInvitations(client, actorId),
  });
}

export function useCoOrganiserInvitations(actorId: string) {
  return useQuery(coOrganiserInvitationsQueryOptions(useApiClient(), actorId));
}
