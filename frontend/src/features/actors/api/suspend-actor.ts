import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { Actor } from '../model';
import { actorKeys } from './query-keys';

export interface SuspendActorVariables {
  id: string;
  /** The ETag of the version the moderator looked at, if known: a newer one on the server gives 412. */
  etag?: string;
  reason: string;
}

/** A moderator takes an ACTIVE actor out of the directory (SUSPENDED); the reason is required. */
export async function suspendActor(client: ApiClient, { id, etag, reason }: SuspendActorVariables): Promise<Actor> {
  const result = await client.POST('/api/v1/actors/{id}/suspend', {
    params: { path: { id } },
    ...(etag ? { headers: { 'If-Match': etag } } : {}),
    body: { reason },
  });
  return unwrap(result);
}

export function useSuspendActor() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SuspendActorVariables) => suspendActor(client, variables),
    // The status shows in the queue, the directory and on the actor's page (with a new ETag).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actorKeys.all }),
  });
}
