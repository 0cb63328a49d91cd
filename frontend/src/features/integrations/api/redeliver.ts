import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { expectOk } from '../../../lib/api/api-error';
import { integrationKeys } from './query-keys';

/** Queues a delivery to be sent again (the same event id, so receivers can drop a duplicate). */
export async function redeliver(client: ApiClient, actorId: string, webhookId: string, deliveryId: string): Promise<void> {
  expectOk(
    await client.POST('/api/v1/actors/{actorId}/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
      params: { path: { actorId, id: webhookId, deliveryId } },
    }),
  );
}

export function useRedeliver(actorId: string, webhookId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => redeliver(client, actorId, webhookId, deliveryId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationKeys.deliveries(actorId, webhookId) }),
  });
}
