import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { WebhookSecret } from '../model';
import { integrationKeys } from './query-keys';

/** A new signing secret, shown once; deliveries are signed with both for a day so receivers can switch. */
export async function rotateWebhookSecret(client: ApiClient, actorId: string, id: string): Promise<WebhookSecret> {
  return unwrap(
    await client.POST('/api/v1/actors/{actorId}/webhooks/{id}/rotate-secret', { params: { path: { actorId, id } } }),
  );
}

export function useRotateWebhookSecret(actorId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => rotateWebhookSecret(client, actorId, id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationKeys.webhooks(actorId) }),
  });
}
