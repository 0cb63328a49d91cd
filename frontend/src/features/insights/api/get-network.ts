import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { InsightFilters } from '../filters';
import type { Network } from '../model';
import { insightKeys } from './query-keys';

/** The collaboration network of the collaborations that match the filters: actors and their shared collaborations. */
export async function getNetwork(client: ApiClient, query: InsightFilters): Promise<Network> {
  const get = client.GET as unknown as (path: string, init: { params: { query: InsightFilters } }) => Promise<{
    data?: Network;
    error?: unknown;
    response: Response;
  }>;
  return unwrap(await get('/api/v1/insights/network', { params: { query } }));
}

export function networkQueryOptions(client: ApiClient, query: InsightFilters) {
  return queryOptions({
    queryKey: insightKeys.figure('network', query),
    queryFn: () => getNetwork(client, query),
    staleTime: 60 * 1000,
  });
}

export function useNetwork(query: InsightFilters) {
  return useQuery({ ...networkQueryOptions(useApiClient(), query), placeholderData: keepPreviousData });
}
