import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { WebhookInput, WebhookSecret } from '../model';
import { integrationKeys } from './query-keys';

/** Subscribes a URL to event types; the answer holds the signing secret, the only time it is sent. */
export async function createWebhook(client: ApiClient, actorId: string, input: WebhookInput): Promise<WebhookSecret> {
  return unwrap(await client.POST('/api/v1/actors/{actorId}/webhooks', { params: { path: { actorId } }, body: input }));
}

export function useCreateWebhook(actorId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WebhookInput) => createWebhook(client, actorId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationKeys.webhooks(actorId) }),
  });
}
