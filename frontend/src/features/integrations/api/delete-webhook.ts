import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { expectOk } from '../../../lib/api/api-error';
import { ME_QUERY_KEY } from '../../../lib/auth/use-me';
import { integrationKeys } from './query-keys';

/** Ends a subscription: nothing more is sent to its URL. */
export async function deleteWebhook(client: ApiClient, actorId: string, id: string): Promise<void> {
  expectOk(await client.DELETE('/api/v1/actors/{actorId}/webhooks/{id}', { params: { path: { actorId, id } } }));
}

export function useDeleteWebhook(actorId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteWebhook(client, actorId, id),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: integrationKeys.webhooks(actorId) }),
        // "My organisations" counts disabled webhooks (/me/invitations); deleting a disabled subscription changes that count.
        queryClient.invalidateQueries({ queryKey: [...ME_QUERY_KEY, 'invitations'] }),
      ]),
  });
}
