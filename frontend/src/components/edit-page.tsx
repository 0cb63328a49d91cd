import { useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorMessage, LoadingMessage } from './query-status';
import { SessionGate } from './session-gate';
import { useDocumentTitle } from './use-document-title';

/** Fetches the server's version again; undefined when that failed. */
export type Reload<T> = () => Promise<T | undefined>;

interface EditPageProps<T> {
  title: string;
  /** Why the page needs a session, for visitors without one. */
  loginRequired: string;
  /** The versioned thing being edited (its body and ETag), fetched once there is a session. */
  query: UseQueryResult<T>;
  children: (current: T, reload: Reload<T>) => ReactNode;
}

/**
 * The frame of every edit page: its title, a login offer without a session, then loading, a load
 * error with retry, or the form given the loaded version and a way to fetch the server's again.
 */
export function EditPage<T>({ title, loginRequired, query, children }: EditPageProps<T>) {
  useDocumentTitle(title);

  let content;
  if (query.data) {
    content = children(query.data, async () => (await query.refetch()).data);
  } else if (query.isError) {
    content = <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  } else {
    content = <LoadingMessage />;
  }

  return (
    <>
      <h1>{title}</h1>
      <SessionGate message={loginRequired}>{content}</SessionGate>
    </>
  );
}

/**
 * The version an edit form was filled from, whose ETag goes out as If-Match. A background refetch
 * must not swap it under someone's edits (the server answers 412 and nothing is overwritten); only
 * `reload`, after such a 412, does.
 */
export function useEditedVersion<T>(current: T, onReload: Reload<T>) {
  const [base, setBase] = useState(current);
  const reload = () => void onReload().then((fresh) => fresh && setBase(fresh));
  return { base, reload };
}
