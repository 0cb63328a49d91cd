import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedCollaboration } from './get-collaboration';
import { collaborationKeys } from './query-keys';

export type ModerateCollaborationVariables =
  | { id: string; etag: string; action: 'takeDown'; reason: string }
  | { id: string; etag: string; action: 'restore' };

/** A moderator takes a collaboration out of every public view with a reason the lead's people read, or restores it. */
export async function moderateCollaboration(
  client: ApiClient,
  variables: ModerateCollaborationVariables,
): Promise<VersionedCollaboration> {
  const { id, etag } = variables;
  const result =
    variables.action === 'takeDown'
      ? await client.POST('/api/v1/collaborations/{id}/takedown', {
          params: { path: { id } },
          headers: { 'If-Match': etag },
          body: { reason: variables.reason },
        })
      : await client.POST('/api/v1/collaborations/{id}/restore', { params: { path: { id } }, headers: { 'If-Match': etag } });
  const collaboration = unwrap(result);
  return { collaboration, etag: etagOf(result.response, collaboration) };
}

export function useModerateCollaboration() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ModerateCollaborationVariables) => moderateCollaboration(client, variables),
    onSuccess: (changed) => {
      queryClient.setQueryData(collaborationKeys.detail(changed.collaboration.slug), changed);
      void queryClient.invalidateQueries({ queryKey: collaborationKeys.lists() });
    },
  });
}
