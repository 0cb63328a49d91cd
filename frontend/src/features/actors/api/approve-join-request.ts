import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { JoinRequest, MemberRole } from '../model';
import { actorKeys } from './query-keys';

export interface ApproveJoinRequestVariables {
  actorId: string;
  requestId: string;
  role: MemberRole;
}

/** An owner lets the person in, with the chosen role. */
export async function approveJoinRequest(
  client: ApiClient,
  { actorId, requestId, role }: ApproveJoinRequestVariables,
): Promise<JoinRequest> {
  return unwrap(
    await client.POST('/api/v1/actors/{id}/join-requests/{requestId}/approve', {
      params: { path: { id: actorId, requestId } },
      body: { role },
    }),
  );
}

export function useApproveJoinRequest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ApproveJoinRequestVariables) => approveJoinRequest(client, variables),
    onSettled: (_data, _error, { actorId }) => {
      void queryClient.invalidateQueries({ queryKey: actorKeys.joinRequests(actorId) });
      void queryClient.invalidateQueries({ queryKey: actorKeys.members(actorId) });
    },
  });
}
