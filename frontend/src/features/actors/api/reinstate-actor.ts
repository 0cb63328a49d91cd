import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { Actor } from '../model';
import { actorKeys } from './query-keys';

export interface ReinstateActorVariables {
  id: string;
  /** The ETag of the version the moderator looked at, if known: a newer one on the server gives 412. */
  etag?: string;
  reason?: string;
}

/** A moderator brings a SUSPENDED actor back (ACTIVE). */
export async function reinstateActor(client: ApiClient, { id, etag, reason }: ReinstateActorVariables): Promise<Actor> {
  const result = await client.POST('/api/v1/actors/{id}/reinstate', {
    params: { path: { id } },
    ...(etag ? { headers: { 'If-Match': etag } } : {}),
    body: reason ? { reason } : {},
  });
  return unwrap(result);
}

export function useReinstateActor() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ReinstateActorVariables) => reinstateActor(client, variables),
    // The status shows in the queue, the directory and on the actor's page (with a new ETag).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actorKeys.all }),
  });
}
