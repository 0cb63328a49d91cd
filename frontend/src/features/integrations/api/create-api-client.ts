import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ApiClientSecret } from '../model';
import { integrationKeys } from './query-keys';

/** Registers a client in Keycloak for the actor; the answer holds its secret, the only time it is sent. */
export async function createApiClient(client: ApiClient, actorId: string, name: string): Promise<ApiClientSecret> {
  return unwrap(
    await client.POST('/api/v1/actors/{actorId}/api-clients', { params: { path: { actorId } }, body: { name } }),
  );
}

export function useCreateApiClient(actorId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createApiClient(client, actorId, name),
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationKeys.apiClients(actorId) }),
  });
}
