import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { components } from '../../../lib/api/schema';
import { actorKeys } from './query-keys';

export type PartnerSuggestions = components['schemas']['PartnerSuggestions'];

/** How many suggestions the actor page shows. */
export const ACTOR_SUGGESTIONS_SHOWN = 6;

/**
 * Actors the actor does not collaborate with yet, ranked, each with its reasons. Only its owners
 * and editors (and moderators) may ask; anyone else gets 403.
 */
export async function getPartnerSuggestions(client: ApiClient, actorId: string, limit: number): Promise<PartnerSuggestions> {
  return unwrap(
    await client.GET('/api/v1/actors/{id}/partner-suggestions', { params: { path: { id: actorId }, query: { limit } } }),
  );
}

export function partnerSuggestionsQueryOptions(client: ApiClient, actorId: string, limit = ACTOR_SUGGESTIONS_SHOWN) {
  return queryOptions({
    queryKey: actorKeys.partnerSuggestions(actorId, limit),
    queryFn: () => getPartnerSuggestions(client, actorId, limit),
  });
}

/** `enabled`: false for callers who may not ask (the page knows the caller's role), so nothing is sent. */
export function usePartnerSuggestions(actorId: string, { enabled }: { enabled: boolean }) {
  return useQuery({ ...partnerSuggestionsQueryOptions(useApiClient(), actorId), enabled });
}
