import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { BoundaryCrossingRow } from '../model';
import { homeKeys } from './query-keys';
import { rowsOf } from './rows';

/** Month by month since `from`: the share of the active public collaborations crossing each boundary. */
export async function getBoundaryCrossing(client: ApiClient, from: string): Promise<BoundaryCrossingRow[]> {
  return rowsOf(unwrap(await client.GET('/api/v1/insights/boundary-crossing', { params: { query: { from } } })));
}

export function useBoundaryCrossing(from: string) {
  const client = useApiClient();
  return useQuery({ queryKey: homeKeys.boundaryCrossing(from), queryFn: () => getBoundaryCrossing(client, from), staleTime: 60_000 });
}
