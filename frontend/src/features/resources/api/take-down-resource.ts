import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedResource } from './get-resource';
import { resourceKeys } from './query-keys';

export interface TakeDownResourceVariables {
  id: string;
  /** The ETag of the version shown: a newer one on the server gives 412 and changes nothing. */
  etag: string;
  /** Why, for the publisher's people; required. */
  reason: string;
}

/** A moderator takes a resource out of every public view; its editors cannot undo it. */
export async function takeDownResource(
  client: ApiClient,
  { id, etag, reason }: TakeDownResourceVariables,
): Promise<VersionedResource> {
  const result = await client.POST('/api/v1/resources/{id}/takedown', {
    params: { path: { id } },
    headers: { 'If-Match': etag },
    body: { reason },
  });
  const resource = unwrap(result);
  return { resource, etag: etagOf(result.response, resource) };
}

export function useTakeDownResource() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TakeDownResourceVariables) => takeDownResource(client, variables),
    onSuccess: (changed) => {
      queryClient.setQueryData(resourceKeys.detail(changed.resource.slug), changed);
      void queryClient.invalidateQueries({ queryKey: resourceKeys.lists() });
    },
  });
}
