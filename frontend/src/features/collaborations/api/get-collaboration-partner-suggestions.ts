import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { components } from '../../../lib/api/schema';
import { collaborationKeys } from './query-keys';

export type PartnerSuggestions = components['schemas']['PartnerSuggestions'];

/** How many suggestions the invite panel shows. */
export const COLLABORATION_SUGGESTIONS_SHOWN = 6;

/**
 * Actors that would fit the collaboration (drafts included), ranked, each with its reasons; those
 * already invited or taking part are left out by the API. Whoever may edit the collaboration may ask.
 */
export async function getCollaborationPartnerSuggestions(
  client: ApiClient,
  collaborationId: string,
  limit: number,
): Promise<PartnerSuggestions> {
  return unwrap(
    await client.GET('/api/v1/collaborations/{id}/partner-suggestions', {
      params: { path: { id: collaborationId }, query: { limit } },
    }),
  );
}

export function collaborationPartnerSuggestionsQueryOptions(
  client: ApiClient,
  collaborationId: string,
  limit = COLLABORATION_SUGGESTIONS_SHOWN,
) {
  return queryOptions({
    // Under collaborationKeys.all: an invitation (which invalidates it) refreshes the suggestions.
    queryKey: collaborationKeys.partnerSuggestions(collaborationId, limit),
    queryFn: () => getCollaborationPartnerSuggestions(client, collaborationId, limit),
  });
}

export function useCollaborationPartnerSuggestions(collaborationId: string, { enabled }: { enabled: boolean }) {
  return useQuery({ ...collaborationPartnerSuggestionsQueryOptions(useApiClient(), collaborationId), enabled });
}
