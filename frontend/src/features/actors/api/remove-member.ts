import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { expectOk } from '../../../lib/api/api-error';
import { ME_QUERY_KEY } from '../../../lib/auth/use-me';
import { actorKeys } from './query-keys';

export interface RemoveMemberVariables {
  actorId: string;
  subject: string;
}

/**
 * An owner removes someone, or anyone removes themselves (leaving). Removing the last owner is a
 * 409 whose detail says why.
 */
export async function removeMember(client: ApiClient, { actorId, subject }: RemoveMemberVariables): Promise<void> {
  expectOk(
    await client.DELETE('/api/v1/actors/{id}/members/{subject}', {
      params: { path: { id: actorId, subject } },
    }),
  );
}

export function useRemoveMember() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: RemoveMemberVariables) => removeMember(client, variables),
    onSuccess: (_data, { actorId }) => {
      void queryClient.invalidateQueries({ queryKey: actorKeys.members(actorId) });
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      // The actor's page shows the caller's role, which may be gone.
      void queryClient.invalidateQueries({ queryKey: [...actorKeys.all, 'detail'] });
    },
  });
}
