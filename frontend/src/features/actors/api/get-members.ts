import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { Member } from '../model';
import { actorKeys } from './query-keys';

/** The actor's people; its own people, moderators and admins may ask. */
export async function getMembers(client: ApiClient, actorId: string): Promise<Member[]> {
  return unwrap(await client.GET('/api/v1/actors/{id}/members', { params: { path: { id: actorId } } })).items;
}

export function membersQueryOptions(client: ApiClient, actorId: string) {
  return queryOptions({
    queryKey: actorKeys.members(actorId),
    queryFn: () => getMembers(client, actorId),
  });
}

export function useMembers(actorId: string) {
  return useQuery(membersQueryOptions(useApiClient(), actorId));
}
