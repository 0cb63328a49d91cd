import type { ReactNode } from 'react';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import type { ActorVocabularies, Municipality, TechnologyArea } from '../model';

/** Renders the form only once the lists its selects and checkboxes offer have arrived. */
export function VocabularyGate({
  vocabularies,
  children,
}: {
  vocabularies: ActorVocabularies;
  children: (loaded: { municipalities: Municipality[]; technologyAreas: TechnologyArea[] }) => ReactNode;
}) {
  const { municipalities, technologyAreas, error, retry } = vocabularies;
  if (municipalities && technologyAreas) return children({ municipalities, technologyAreas });
  if (error) return <ErrorMessage error={error} onRetry={retry} />;
  return <LoadingMessage />;
}
