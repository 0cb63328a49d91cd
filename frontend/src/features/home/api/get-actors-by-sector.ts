import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ActorsBySectorRow } from '../model';
import { homeKeys } from './query-keys';
import { rowsOf } from './rows';

/** The active actors of each sector today (the insights API's figure, without filters). */
export async function getActorsBySector(client: ApiClient): Promise<ActorsBySectorRow[]> {
  return rowsOf(unwrap(await client.GET('/api/v1/insights/actors-by-sector', { params: { query: {} } })));
}

export function useActorsBySector() {
  const client = useApiClient();
  // The API caches a figure for a minute; asking sooner gets the same numbers.
  return useQuery({ queryKey: homeKeys.actorsBySector(), queryFn: () => getActorsBySector(client), staleTime: 60_000 });
}
