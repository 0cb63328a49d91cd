import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { ME_QUERY_KEY } from '../../../lib/auth/use-me';
import type { JoinRequest } from '../model';

export interface CreateJoinRequestVariables {
  actorId: string;
  message?: string;
}

/** A signed-in person asks to join an ACTIVE actor; the actor's owners decide. */
export async function createJoinRequest(
  client: ApiClient,
  { actorId, message }: CreateJoinRequestVariables,
): Promise<JoinRequest> {
  return unwrap(
    await client.POST('/api/v1/actors/{id}/join-requests', {
      params: { path: { id: actorId } },
      body: message ? { message } : {},
    }),
  );
}

export function useCreateJoinRequest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateJoinRequestVariables) => createJoinRequest(client, variables),
    // /me lists the caller's pending requests: the actor's page reads it from there.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
  });
}
