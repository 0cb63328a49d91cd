import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { etagOf } from '../../../lib/api/etag';
import type { Resource } from '../model';
import { resourceKeys } from './query-keys';

/** A resource with the ETag that a later PUT, publish or archive sends back as If-Match. */
export interface VersionedResource {
  resource: Resource;
  etag: string;
}

export async function getResource(client: ApiClient, idOrSlug: string): Promise<VersionedResource> {
  // The path parameter is called id, but the server takes a slug too.
  const result = await client.GET('/api/v1/resources/{id}', { params: { path: { id: idOrSlug } } });
  const resource = unwrap(result);
  return { resource, etag: etagOf(result.response, resource) };
}

export function resourceQueryOptions(client: ApiClient, idOrSlug: string) {
  return queryOptions({
    queryKey: resourceKeys.detail(idOrSlug),
    queryFn: () => getResource(client, idOrSlug),
  });
}

/**
 * Waits for `enabled` (the session check): asked without a token, the answer says the caller may
 * not edit, and drafts are hidden from their own people.
 */
export function useResource(idOrSlug: string, options: { enabled: boolean }) {
  return useQuery({ ...resourceQueryOptions(useApiClient(), idOrSlug), enabled: options.enabled });
}
