import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ActorRef } from '../model';
import { collaborationKeys } from './query-keys';

/** Fewer letters than this match too much to be worth a request. */
export const MIN_QUERY_LENGTH = 2;

/** Active actors whose name matches, to invite (the directory lists active actors only). */
export async function findActors(client: ApiClient, q: string): Promise<ActorRef[]> {
  const page = unwrap(await client.GET('/api/v1/actors', { params: { query: { q, limit: 10 } } }));
  return page.items.map(({ id, slug, name, status }) => ({ id, slug, name, status }));
}

export function findActorsQueryOptions(client: ApiClient, q: string) {
  return queryOptions({
    queryKey: collaborationKeys.actorCandidates(q),
    queryFn: () => findActors(client, q),
    enabled: q.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
  });
}

export function useFindActors(q: string) {
  return useQuery(findActorsQueryOptions(useApiClient(), q.trim()));
}
