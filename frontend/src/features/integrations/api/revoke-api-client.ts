import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ApiClientView } from '../model';
import { integrationKeys } from './query-keys';

/** Disables the client in Keycloak and refuses its tokens from now on; idempotent. */
export async function revokeApiClient(client: ApiClient, actorId: string, id: string): Promise<ApiClientView> {
  return unwrap(await client.POST('/api/v1/actors/{actorId}/api-clients/{id}/revoke', { params: { path: { actorId, id } } }));
}

export function useRevokeApiClient(actorId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeApiClient(client, actorId, id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationKeys.apiClients(actorId) }),
  });
}
