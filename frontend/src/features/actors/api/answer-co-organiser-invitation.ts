import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { ME_QUERY_KEY } from '../../../lib/auth/use-me';
import type { ReceivedInvitation } from '../model';
import { actorKeys } from './query-keys';

export interface AnswerCoOrganiserInvitationVariables {
  /** The invited actor, whose owner answers. */
  actorId: string;
  resourceId: string;
  answer: 'accept' | 'decline';
}

/**
 * An owner of the invited actor accepts (the resource then shows the actor as co-organiser and
 * appears in its lists and feeds) or declines.
 */
export async function answerCoOrganiserInvitation(
  client: ApiClient,
  { actorId, resourceId, answer }: AnswerCoOrganiserInvitationVariables,
): Promise<ReceivedInvitation> {
  const params = { params: { path: { id: resourceId, actorId } } };
  return unwrap(
    answer === 'accept'
      ? await client.POST('/api/v1/resources/{id}/co-organisers/{actorId}/accept', params)
      : await client.POST('/api/v1/resources/{id}/co-organisers/{actorId}/decline', params),
  );
}

export function useAnswerCoOrganiserInvitation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AnswerCoOrganiserInvitationVariables) => answerCoOrganiserInvitation(client, variables),
    onSettled: (_data, _error, { actorId }) => {
      void queryClient.invalidateQueries({ queryKey: actorKeys.coOrganiserInvitations(actorId) });
      // The actor's own list of resources gains (or keeps out) the co-organised one.
      void queryClient.invalidateQueries({ queryKey: ['resources'] });
      // The person's own data, the menu's count of invitations waiting for an answer among it.
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
