import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { etagOf } from '../../../lib/api/etag';
import type { Collaboration } from '../model';
import { collaborationKeys } from './query-keys';

/** A collaboration with the ETag that a later PUT, publish or archive sends back as If-Match. */
export interface VersionedCollaboration {
  collaboration: Collaboration;
  etag: string;
}

export async function getCollaboration(client: ApiClient, idOrSlug: string): Promise<VersionedCollaboration> {
  // The path parameter is called id, but the server takes a slug too.
  const result = await client.GET('/api/v1/collaborations/{id}', { params: { path: { id: idOrSlug } } });
  const collaboration = unwrap(result);
  return { collaboration, etag: etagOf(result.response, collaboration) };
}

export function collaborationQueryOptions(client: ApiClient, idOrSlug: string) {
  return queryOptions({
    queryKey: collaborationKeys.detail(idOrSlug),
    queryFn: () => getCollaboration(client, idOrSlug),
  });
}

/**
 * Waits for `enabled` (the session check): asked without a token, the answer says the caller may
 * not edit, and drafts are hidden from their own people.
 */
export function useCollaboration(idOrSlug: string, options: { enabled: boolean }) {
  return useQuery({ ...collaborationQueryOptions(useApiClient(), idOrSlug), enabled: options.enabled });
}
