import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ResourceInput } from '../model';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedResource } from './get-resource';
import { resourceKeys } from './query-keys';

export interface UpdateResourceVariables {
  id: string;
  /** The ETag of the version the form was filled from: a newer one on the server gives 412. */
  etag: string;
  input: ResourceInput;
}

/** Replaces every field of a resource (the publisher's owners and editors). */
export async function updateResource(
  client: ApiClient,
  { id, etag, input }: UpdateResourceVariables,
): Promise<VersionedResource> {
  const result = await client.PUT('/api/v1/resources/{id}', {
    params: { path: { id } },
    headers: { 'If-Match': etag },
    body: input,
  });
  const resource = unwrap(result);
  return { resource, etag: etagOf(result.response, resource) };
}

export function useUpdateResource() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateResourceVariables) => updateResource(client, variables),
    onSuccess: (updated) => {
      queryClient.setQueryData(resourceKeys.detail(updated.resource.slug), updated);
      void queryClient.invalidateQueries({ queryKey: resourceKeys.lists() });
    },
  });
}
