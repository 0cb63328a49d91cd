import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { BoundaryScoresRow } from '../model';
import { homeKeys } from './query-keys';
import { rowsOf } from './rows';

/** How many public collaborations active since `from` cross 0 to 5 boundaries. */
export async function getBoundaryScores(client: ApiClient, from: string): Promise<BoundaryScoresRow[]> {
  return rowsOf(unwrap(await client.GET('/api/v1/insights/boundary-scores', { params: { query: { from } } })));
}

export function useBoundaryScores(from: string) {
  const client = useApiClient();
  return useQuery({ queryKey: homeKeys.boundaryScores(from), queryFn: () => getBoundaryScores(client, from), staleTime: 60_000 });
}
