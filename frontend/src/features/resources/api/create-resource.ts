import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ResourceInput } from '../model';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedResource } from './get-resource';
import { resourceKeys } from './query-keys';

/** Adds a resource for an actor the caller owns or edits: it starts as a DRAFT. */
export async function createResource(client: ApiClient, input: ResourceInput): Promise<VersionedResource> {
  const result = await client.POST('/api/v1/resources', { body: input });
  const resource = unwrap(result);
  return { resource, etag: etagOf(result.response, resource) };
}

export function useCreateResource() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ResourceInput) => createResource(client, input),
    onSuccess: (created) => {
      queryClient.setQueryData(resourceKeys.detail(created.resource.slug), created);
      // The actor's drafts list it now.
      void queryClient.invalidateQueries({ queryKey: resourceKeys.lists() });
    },
  });
}
