import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { collaborationKeys } from './query-keys';

export interface AnswerInvitationVariables {
  collaborationId: string;
  /** The invited actor, whose owner answers. */
  actorId: string;
  answer: 'accept' | 'decline';
}

/** An owner of the invited actor accepts (the actor then counts in the collaboration and its profile) or declines. */
export async function answerInvitation(client: ApiClient, { collaborationId, actorId, answer }: AnswerInvitationVariables) {
  const options = { params: { path: { id: collaborationId, actorId } } };
  return unwrap(
    answer === 'accept'
      ? await client.POST('/api/v1/collaborations/{id}/participants/{actorId}/accept', options)
      : await client.POST('/api/v1/collaborations/{id}/participants/{actorId}/decline', options),
  );
}

export function useAnswerInvitation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AnswerInvitationVariables) => answerInvitation(client, variables),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: collaborationKeys.all });
      void queryClient.invalidateQueries({ queryKey: collaborationKeys.myInvitations() });
    },
  });
}
