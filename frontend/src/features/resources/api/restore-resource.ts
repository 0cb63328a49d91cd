import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedResource } from './get-resource';
import { resourceKeys } from './query-keys';

export interface RestoreResourceVariables {
  id: string;
  /**
   * The ETag of the version shown: a newer one on the server gives 412 and changes nothing. The
   * moderators' queue has no version to send (nothing but a restore changes a taken-down resource).
   */
  etag?: string;
}

/** A moderator lifts a takedown: the resource is again as its editors left it. */
export async function restoreResource(client: ApiClient, { id, etag }: RestoreResourceVariables): Promise<VersionedResource> {
  const result = await client.POST('/api/v1/resources/{id}/restore', {
    params: { path: { id } },
    ...(etag ? { headers: { 'If-Match': etag } } : {}),
  });
  const resource = unwrap(result);
  return { resource, etag: etagOf(result.response, resource) };
}

export function useRestoreResource() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: RestoreResourceVariables) => restoreResource(client, variables),
    onSuccess: (changed) => {
      queryClient.setQueryData(resourceKeys.detail(changed.resource.slug), changed);
      void queryClient.invalidateQueries({ queryKey: resourceKeys.lists() });
    },
  });
}
