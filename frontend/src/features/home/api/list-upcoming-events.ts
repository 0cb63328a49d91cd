import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ResourcePage } from '../model';
import { homeKeys } from './query-keys';

/** How many events the home page lists; the count beside them is of all that are coming. */
export const EVENTS_SHOWN = 3;

/**
 * The events with an occurrence from `from` on, soonest first. With from and no to the API looks
 * two years ahead; its facet count for EVENT is then the number of upcoming events.
 */
export async function listUpcomingEvents(client: ApiClient, from: string): Promise<ResourcePage> {
  return unwrap(await client.GET('/api/v1/resources', { params: { query: { kind: 'EVENT', from, limit: EVENTS_SHOWN } } }));
}

export function useUpcomingEvents(from: string) {
  const client = useApiClient();
  return useQuery({ queryKey: homeKeys.upcomingEvents(from), queryFn: () => listUpcomingEvents(client, from) });
}
