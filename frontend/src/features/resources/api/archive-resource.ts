import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedResource } from './get-resource';
import { resourceKeys } from './query-keys';

export interface ArchiveResourceVariables {
  id: string;
  /** The ETag of the version shown: a newer one on the server gives 412 and changes nothing. */
  etag: string;
}

/** Takes a resource out of the catalogue (its editors, or a moderator); its page stays, marked archived. */
export async function archiveResource(client: ApiClient, { id, etag }: ArchiveResourceVariables): Promise<VersionedResource> {
  const result = await client.POST('/api/v1/resources/{id}/archive', {
    params: { path: { id } },
    headers: { 'If-Match': etag },
  });
  const resource = unwrap(result);
  return { resource, etag: etagOf(result.response, resource) };
}

export function useArchiveResource() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ArchiveResourceVariables) => archiveResource(client, variables),
    onSuccess: (changed) => {
      queryClient.setQueryData(resourceKeys.detail(changed.resource.slug), changed);
      // The status decides which lists show it.
      void queryClient.invalidateQueries({ queryKey: resourceKeys.lists() });
    },
  });
}
