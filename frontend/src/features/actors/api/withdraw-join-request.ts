import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { expectOk } from '../../../lib/api/api-error';
import { ME_QUERY_KEY } from '../../../lib/auth/use-me';

export interface WithdrawJoinRequestVariables {
  actorId: string;
  requestId: string;
}

/** The person who asked takes the request back while it is still pending. */
export async function withdrawJoinRequest(
  client: ApiClient,
  { actorId, requestId }: WithdrawJoinRequestVariables,
): Promise<void> {
  expectOk(
    await client.DELETE('/api/v1/actors/{id}/join-requests/{requestId}', {
      params: { path: { id: actorId, requestId } },
    }),
  );
}

export function useWithdrawJoinRequest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: WithdrawJoinRequestVariables) => withdrawJoinRequest(client, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
  });
}
