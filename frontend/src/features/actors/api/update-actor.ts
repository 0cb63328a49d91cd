import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { ME_QUERY_KEY } from '../../../lib/auth/use-me';
import type { ActorInput } from '../model';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedActor } from './get-actor';
import { actorKeys } from './query-keys';

export interface UpdateActorVariables {
  id: string;
  /** The ETag of the version the form was filled from: a newer one on the server gives 412. */
  etag: string;
  input: ActorInput;
}

export async function updateActor(
  client: ApiClient,
  { id, etag, input }: UpdateActorVariables,
): Promise<VersionedActor> {
  const result = await client.PUT('/api/v1/actors/{id}', {
    params: { path: { id } },
    headers: { 'If-Match': etag },
    body: input,
  });
  const actor = unwrap(result);
  return { actor, etag: etagOf(result.response, actor) };
}

export function useUpdateActor() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateActorVariables) => updateActor(client, variables),
    onSuccess: (updated) => {
      queryClient.setQueryData(actorKeys.detail(updated.actor.slug), updated);
      // The name (and with it the slug) may have changed: lists and memberships show it.
      void queryClient.invalidateQueries({ queryKey: actorKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
