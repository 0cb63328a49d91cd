import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { ME_QUERY_KEY } from '../../../lib/auth/use-me';
import type { ActorInput } from '../model';
import { etagOf } from '../../../lib/api/etag';
import type { VersionedActor } from './get-actor';
import { actorKeys } from './query-keys';

/** Registers an organisation: it starts PENDING and the caller becomes its owner. */
export async function createActor(client: ApiClient, input: ActorInput): Promise<VersionedActor> {
  const result = await client.POST('/api/v1/actors', { body: input });
  const actor = unwrap(result);
  return { actor, etag: etagOf(result.response, actor) };
}

export function useCreateActor() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActorInput) => createActor(client, input),
    onSuccess: (created) => {
      queryClient.setQueryData(actorKeys.detail(created.actor.slug), created);
      // The caller's memberships now include the new actor.
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      void queryClient.invalidateQueries({ queryKey: actorKeys.lists() });
    },
  });
}
