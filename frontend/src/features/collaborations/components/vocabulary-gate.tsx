import type { ReactNode } from 'react';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import type { CollaborationVocabularies, KnowledgeArea, Municipality, Sdg, TechnologyArea } from '../model';

export interface LoadedVocabularies {
  municipalities: Municipality[];
  technologyAreas: TechnologyArea[];
  sdgs: Sdg[];
  knowledgeAreas: KnowledgeArea[];
}

/** Renders the form only once the lists its selects, checkboxes and pickers offer have arrived. */
export function VocabularyGate({
  vocabularies,
  children,
}: {
  vocabularies: CollaborationVocabularies;
  children: (loaded: LoadedVocabularies) => ReactNode;
}) {
  const { municipalities, technologyAreas, sdgs, knowledgeAreas, error, retry } = vocabularies;
  if (municipalities && technologyAreas && sdgs && knowledgeAreas) {
    return children({ municipalities, technologyAreas, sdgs, knowledgeAreas });
  }
  if (error) return <ErrorMessage error={error} onRetry={retry} />;
  return <LoadingMessage />;
}
