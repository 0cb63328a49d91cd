import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { etagOf } from '../../../lib/api/etag';
import type { Actor } from '../model';
import { actorKeys } from './query-keys';

/** An actor with the ETag that a later PUT sends back as If-Match. */
export interface VersionedActor {
  actor: Actor;
  etag: string;
}

export async function getActor(client: ApiClient, idOrSlug: string): Promise<VersionedActor> {
  // The path parameter is called id, but the server takes a slug too.
  const result = await client.GET('/api/v1/actors/{id}', { params: { path: { id: idOrSlug } } });
  const actor = unwrap(result);
  return { actor, etag: etagOf(result.response, actor) };
}

export function actorQueryOptions(client: ApiClient, idOrSlug: string) {
  return queryOptions({
    queryKey: actorKeys.detail(idOrSlug),
    queryFn: () => getActor(client, idOrSlug),
  });
}

/**
 * Waits for `enabled` (the session check): asked without a token, the answer lacks the caller's
 * role and hides pending actors from their own people.
 */
export function useActor(idOrSlug: string, options: { enabled: boolean }) {
  return useQuery({ ...actorQueryOptions(useApiClient(), idOrSlug), enabled: options.enabled });
}
