import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { JoinRequest } from '../model';
import { actorKeys } from './query-keys';

export interface RejectJoinRequestVariables {
  actorId: string;
  requestId: string;
  reason?: string;
}

/** An owner says no. */
export async function rejectJoinRequest(
  client: ApiClient,
  { actorId, requestId, reason }: RejectJoinRequestVariables,
): Promise<JoinRequest> {
  return unwrap(
    await client.POST('/api/v1/actors/{id}/join-requests/{requestId}/reject', {
      params: { path: { id: actorId, requestId } },
      body: reason ? { reason } : {},
    }),
  );
}

export function useRejectJoinRequest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: RejectJoinRequestVariables) => rejectJoinRequest(client, variables),
    onSettled: (_data, _error, { actorId }) =>
      queryClient.invalidateQueries({ queryKey: actorKeys.joinRequests(actorId) }),
  });
}
