import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ActorSummary } from '../model';
import { homeKeys } from './query-keys';

/** One page of the directory's largest size: enough places for an overview map of the region. */
const MAP_PAGE = 100;

export async function listMappedActors(client: ApiClient): Promise<ActorSummary[]> {
  return unwrap(await client.GET('/api/v1/actors', { params: { query: { limit: MAP_PAGE } } })).items;
}

export function useMappedActors() {
  const client = useApiClient();
  return useQuery({ queryKey: homeKeys.mappedActors(), queryFn: () => listMappedActors(client) });
}
