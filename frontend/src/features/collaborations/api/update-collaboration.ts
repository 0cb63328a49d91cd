import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { CollaborationInput } from '../model';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedCollaboration } from './get-collaboration';
import { collaborationKeys } from './query-keys';

export interface UpdateCollaborationVariables {
  id: string;
  /** The ETag of the version the form was filled from: a newer one on the server gives 412. */
  etag: string;
  input: CollaborationInput;
}

/** Replaces every field of a collaboration (the lead's owners and editors); the lead stays (hand it over instead). */
export async function updateCollaboration(
  client: ApiClient,
  { id, etag, input }: UpdateCollaborationVariables,
): Promise<VersionedCollaboration> {
  const result = await client.PUT('/api/v1/collaborations/{id}', {
    params: { path: { id } },
    headers: { 'If-Match': etag },
    body: input,
  });
  const collaboration = unwrap(result);
  return { collaboration, etag: etagOf(result.response, collaboration) };
}

export function useUpdateCollaboration() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateCollaborationVariables) => updateCollaboration(client, variables),
    onSuccess: (updated) => {
      queryClient.setQueryData(collaborationKeys.detail(updated.collaboration.slug), updated);
      void queryClient.invalidateQueries({ queryKey: collaborationKeys.lists() });
    },
  });
}
