import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { Webhook, WebhookInput } from '../model';
import { ME_QUERY_KEY } from '../../../lib/auth/use-me';
import { integrationKeys } from './query-keys';

/** Replaces a subscription's URL, event types and description; its secret stays. */
export async function updateWebhook(client: ApiClient, actorId: string, id: string, input: WebhookInput): Promise<Webhook> {
  return unwrap(
    await client.PUT('/api/v1/actors/{actorId}/webhooks/{id}', { params: { path: { actorId, id } }, body: input }),
  );
}

export function useUpdateWebhook(actorId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: WebhookInput }) => updateWebhook(client, actorId, id, input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: integrationKeys.webhooks(actorId) }),
        // "My organisations" counts disabled webhooks (/me/invitations); saving a disabled subscription turns it back on changes that count.
        queryClient.invalidateQueries({ queryKey: [...ME_QUERY_KEY, 'invitations'] }),
      ]),
  });
}
