import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { components } from '../../../lib/api/schema';
import { collaborationKeys } from './query-keys';

export type ResourceCandidate = components['schemas']['ResourceSummary'];

/** The most the resource list gives in one page; a collaboration links at most 50 anyway. */
const LIMIT = 100;

/**
 * The resources a collaboration may link: the published ones of every actor invited or taking
 * part (one request, `actor` repeated), and the drafts of those of them the caller belongs to
 * (the list shows an actor's drafts to its people only, one actor a request). The list's `actor`
 * filter also matches co-organised events, but the API links only what a participant published,
 * so those of other publishers are left out here.
 */
export async function listLinkableResources(
  client: ApiClient,
  actorIds: readonly string[],
  memberActorIds: readonly string[],
): Promise<ResourceCandidate[]> {
  if (actorIds.length === 0) return [];
  const pages = await Promise.all([
    client.GET('/api/v1/resources', { params: { query: { actor: [...actorIds], limit: LIMIT } } }).then(unwrap),
    ...memberActorIds.map((actorId) =>
      client.GET('/api/v1/resources', { params: { query: { actor: [actorId], status: 'DRAFT', limit: LIMIT } } }).then(unwrap),
    ),
  ]);
  const allowed = new Set(actorIds);
  const byId = new Map<string, ResourceCandidate>();
  for (const page of pages) for (const item of page.items) if (allowed.has(item.actor.id)) byId.set(item.id, item);
  return [...byId.values()];
}

export function useLinkableResources(actorIds: readonly string[], memberActorIds: readonly string[]) {
  const client = useApiClient();
  const sorted = [...actorIds].sort();
  const members = [...memberActorIds].sort();
  return useQuery({
    queryKey: [...collaborationKeys.all, 'linkable-resources', sorted, members] as const,
    queryFn: () => listLinkableResources(client, sorted, members),
  });
}
