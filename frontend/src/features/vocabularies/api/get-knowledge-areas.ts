import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { components } from '../../../lib/api/schema';

/** A code of the Swedish standard classification of research subjects (SSIF 2025): area, group or subject. */
export type KnowledgeArea = components['schemas']['KnowledgeArea'];

export async function getKnowledgeAreas(client: ApiClient): Promise<KnowledgeArea[]> {
  return unwrap(await client.GET('/api/v1/vocabularies/knowledge-areas')).items;
}

export function knowledgeAreasQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['vocabularies', 'knowledge-areas'],
    queryFn: () => getKnowledgeAreas(client),
    // A national standard, revised every few years.
    staleTime: 24 * 60 * 60 * 1000,
  });
}

export function useKnowledgeAreas(options: { enabled?: boolean } = {}) {
  return useQuery({ ...knowledgeAreasQueryOptions(useApiClient()), enabled: options.enabled ?? true });
}
