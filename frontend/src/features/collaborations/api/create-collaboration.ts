import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { CollaborationInput } from '../model';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedCollaboration } from './get-collaboration';
import { collaborationKeys } from './query-keys';

/** Starts a collaboration led by an actor the caller owns or edits: a draft, with the lead as its one participant. */
export async function createCollaboration(client: ApiClient, input: CollaborationInput): Promise<VersionedCollaboration> {
  const result = await client.POST('/api/v1/collaborations', { body: input });
  const collaboration = unwrap(result);
  return { collaboration, etag: etagOf(result.response, collaboration) };
}

export function useCreateCollaboration() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CollaborationInput) => createCollaboration(client, input),
    onSuccess: (created) => {
      queryClient.setQueryData(collaborationKeys.detail(created.collaboration.slug), created);
      void queryClient.invalidateQueries({ queryKey: collaborationKeys.lists() });
    },
  });
}
