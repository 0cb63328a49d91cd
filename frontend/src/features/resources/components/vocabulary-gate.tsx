import type { ReactNode } from 'react';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import type { Municipality, ResourceVocabularies, Sdg, TechnologyArea } from '../model';

/** Renders the form only once the lists its selects and checkboxes offer have arrived. */
export function VocabularyGate({
  vocabularies,
  children,
}: {
  vocabularies: ResourceVocabularies;
  children: (loaded: { municipalities: Municipality[]; technologyAreas: TechnologyArea[]; sdgs: Sdg[] }) => ReactNode;
}) {
  const { municipalities, technologyAreas, sdgs, error, retry } = vocabularies;
  if (municipalities && technologyAreas && sdgs) return children({ municipalities, technologyAreas, sdgs });
  if (error) return <ErrorMessage error={error} onRetry={retry} />;
  return <LoadingMessage />;
}
