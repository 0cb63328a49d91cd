import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ApiClientSecret } from '../model';
import { integrationKeys } from './query-keys';

/** Gives the client a new secret (the old one stops working at once); the answer shows it once. */
export async function rotateApiClientSecret(client: ApiClient, actorId: string, id: string): Promise<ApiClientSecret> {
  return unwrap(
    await client.POST('/api/v1/actors/{actorId}/api-clients/{id}/rotate-secret', { params: { path: { actorId, id } } }),
  );
}

export function useRotateApiClientSecret(actorId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => rotateApiClientSecret(client, actorId, id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationKeys.apiClients(actorId) }),
  });
}
