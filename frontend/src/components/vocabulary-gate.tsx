import type { ReactNode } from 'react';
import { ErrorMessage, LoadingMessage } from './query-status';

/** A feature's vocabularies as its hook gives them: each list undefined until it has arrived. */
interface VocabularyLists {
  /** The first failure, if any. */
  error: unknown;
  retry: () => void;
}

/** The lists of `V` once every one has arrived. */
export type Loaded<V> = { [K in Exclude<keyof V, keyof VocabularyLists>]-?: NonNullable<V[K]> };

/**
 * Renders a form only once every list its selects, checkboxes and pickers offer has arrived: the
 * lists are whatever the feature's vocabularies hold besides `error` and `retry`.
 */
export function VocabularyGate<V extends VocabularyLists>({
  vocabularies,
  children,
}: {
  vocabularies: V;
  children: (loaded: Loaded<V>) => ReactNode;
}) {
  const { error, retry, ...lists } = vocabularies;
  if (Object.values(lists).every((list) => list !== undefined)) return children(lists as Loaded<V>);
  if (error) return <ErrorMessage error={error} onRetry={retry} />;
  return <LoadingMessage />;
}
