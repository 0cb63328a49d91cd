import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedResource } from './get-resource';
import { resourceKeys } from './query-keys';

export interface PublishResourceVariables {
  id: string;
  /** The ETag of the version shown: a newer one on the server gives 412 and changes nothing. */
  etag: string;
}

/** Makes a draft (or an archived resource) public: the catalogue, search and feeds show it. */
export async function publishResource(client: ApiClient, { id, etag }: PublishResourceVariables): Promise<VersionedResource> {
  const result = await client.POST('/api/v1/resources/{id}/publish', {
    params: { path: { id } },
    headers: { 'If-Match': etag },
  });
  const resource = unwrap(result);
  return { resource, etag: etagOf(result.response, resource) };
}

export function usePublishResource() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: PublishResourceVariables) => publishResource(client, variables),
    onSuccess: (changed) => {
      queryClient.setQueryData(resourceKeys.detail(changed.resource.slug), changed);
      // The status decides which lists show it.
      void queryClient.invalidateQueries({ queryKey: resourceKeys.lists() });
    },
  });
}
