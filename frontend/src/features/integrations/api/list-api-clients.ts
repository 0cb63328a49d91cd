import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ApiClientView } from '../model';
import { integrationKeys } from './query-keys';

/** The actor's API clients, revoked ones too, newest first (the API's order). */
export async function listApiClients(client: ApiClient, actorId: string): Promise<ApiClientView[]> {
  const page = unwrap(await client.GET('/api/v1/actors/{actorId}/api-clients', { params: { path: { actorId } } }));
  return page.items;
}

export function apiClientsQueryOptions(client: ApiClient, actorId: string) {
  return queryOptions({
    queryKey: integrationKeys.apiClients(actorId),
    queryFn: () => listApiClients(client, actorId),
  });
}

export function useApiClients(actorId: string) {
  return useQuery(apiClientsQueryOptions(useApiClient(), actorId));
}
