import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { expectOk } from '../../../lib/api/api-error';
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
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationKeys.webhooks(actorId) }),
  });
}
