import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedCollaboration } from './get-collaboration';
import { collaborationKeys } from './query-keys';

export type PublicationChange = 'publish' | 'archive';

export interface ChangePublicationVariables {
  id: string;
  /** The ETag of the version shown: a newer one on the server gives 412 and changes nothing. */
  etag: string;
  change: PublicationChange;
}

/**
 * Publishes a draft (or an archived collaboration), or archives it: the lead's owners and editors.
 * A published one is public once two participants count.
 */
export async function changePublication(
  client: ApiClient,
  { id, etag, change }: ChangePublicationVariables,
): Promise<VersionedCollaboration> {
  const options = { params: { path: { id } }, headers: { 'If-Match': etag } };
  const result =
    change === 'publish'
      ? await client.POST('/api/v1/collaborations/{id}/publish', options)
      : await client.POST('/api/v1/collaborations/{id}/archive', options);
  const collaboration = unwrap(result);
  return { collaboration, etag: etagOf(result.response, collaboration) };
}

export function useChangePublication() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ChangePublicationVariables) => changePublication(client, variables),
    onSuccess: (changed) => {
      queryClient.setQueryData(collaborationKeys.detail(changed.collaboration.slug), changed);
      void queryClient.invalidateQueries({ queryKey: collaborationKeys.lists() });
    },
  });
}
