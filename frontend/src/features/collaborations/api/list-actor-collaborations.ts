import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { CollaborationPage } from '../model';
import { PAGE_SIZE } from './list-collaborations';
import { collaborationKeys } from './query-keys';

/** The collaborations an actor counts in; its own people also get the ones the public does not see. */
export async function listActorCollaborations(client: ApiClient, actorId: string, cursor?: string): Promise<CollaborationPage> {
  return unwrap(
    await client.GET('/api/v1/actors/{id}/collaborations', {
      params: { path: { id: actorId }, query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function actorCollaborationsQueryOptions(client: ApiClient, actorId: string) {
  return infiniteQueryOptions({
    queryKey: collaborationKeys.ofActor(actorId),
    queryFn: ({ pageParam }) => listActorCollaborations(client, actorId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** Waits for `enabled` (the session check), so that the actor's people get their drafts too. */
export function useActorCollaborations(actorId: string, options: { enabled: boolean }) {
  return useInfiniteQuery({ ...actorCollaborationsQueryOptions(useApiClient(), actorId), enabled: options.enabled });
}
