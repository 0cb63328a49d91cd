import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { Webhook } from '../model';
import { integrationKeys } from './query-keys';

/** The actor's webhook subscriptions (never their secrets). */
export async function listWebhooks(client: ApiClient, actorId: string): Promise<Webhook[]> {
  const page = unwrap(await client.GET('/api/v1/actors/{actorId}/webhooks', { params: { path: { actorId } } }));
  return page.items;
}

export function webhooksQueryOptions(client: ApiClient, actorId: string) {
  return queryOptions({
    queryKey: integrationKeys.webhooks(actorId),
    queryFn: () => listWebhooks(client, actorId),
  });
}

export function useWebhooks(actorId: string) {
  return useQuery(webhooksQueryOptions(useApiClient(), actorId));
}
