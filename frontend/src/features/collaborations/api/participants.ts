/**
 * The participant calls of one collaboration: invite, change a role, remove (withdraw, remove,
 * leave), hand the lead over. Each changes the collaboration's version and profile, so each
 * refetches the collaboration afterwards rather than patching it here.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { expectOk, unwrap } from '../../../lib/api/api-error';
import type { InvitedRole } from '../model';
import { collaborationKeys } from './query-keys';

export type ParticipantChange =
  /** The lead's people invite an actor (PARTNER, FUNDER or ASSOCIATE); its owners answer. */
  | { kind: 'invite'; collaborationId: string; actorId: string; role: InvitedRole }
  | { kind: 'changeRole'; collaborationId: string; actorId: string; role: InvitedRole }
  /** Withdraws an invitation, removes a participant, or (by its owners) leaves. */
  | { kind: 'remove'; collaborationId: string; actorId: string }
  /** An accepted participant becomes the lead; the old lead becomes a partner. */
  | { kind: 'handOverLead'; collaborationId: string; actorId: string };

export async function changeParticipant(client: ApiClient, change: ParticipantChange): Promise<void> {
  const id = change.collaborationId;
  switch (change.kind) {
    case 'invite':
      unwrap(
        await client.POST('/api/v1/collaborations/{id}/participants', {
          params: { path: { id } },
          body: { actorId: change.actorId, role: change.role },
        }),
      );
      return;
    case 'changeRole':
      unwrap(
        await client.PUT('/api/v1/collaborations/{id}/participants/{actorId}', {
          params: { path: { id, actorId: change.actorId } },
          body: { role: change.role },
        }),
      );
      return;
    case 'remove':
      expectOk(
        await client.DELETE('/api/v1/collaborations/{id}/participants/{actorId}', {
          params: { path: { id, actorId: change.actorId } },
        }),
      );
      return;
    case 'handOverLead':
      unwrap(
        await client.POST('/api/v1/collaborations/{id}/lead', {
          params: { path: { id } },
          body: { actorId: change.actorId },
        }),
      );
      return;
  }
}

export function useChangeParticipant() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ParticipantChange) => changeParticipant(client, change),
    // Failed or not, the server's state is what the page should show next.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: collaborationKeys.all });
      void queryClient.invalidateQueries({ queryKey: collaborationKeys.myInvitations() });
    },
  });
}
