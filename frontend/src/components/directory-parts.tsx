import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isServiceUnavailable } from '../lib/api/api-error';
import { useI18n } from '../lib/i18n/i18n-context';
import { LoadMoreButton, type PagedQuery } from './load-more-button';
import { LoadingMessage, SearchErrorMessage, SearchUnavailableMessage } from './query-status';

/** What the results need of a list paged by cursor (a TanStack infinite query). */
export interface PagedResultsQuery extends PagedQuery {
  isPending: boolean;
  isError: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  /** Why the last try failed, while the query still tries again by itself (null once it succeeds). */
  failureReason: unknown;
  /** Any pages loaded; kept while the next search runs. */
  data: unknown;
  refetch: () => unknown;
}

interface PagedResultsProps<T> {
  query: PagedResultsQuery;
  items: T[];
  /** Said when nothing matches. */
  empty: string;
  /** The list's class, which lays out its cards ("resource-list", "actor-list"). */
  listClassName: string;
  keyOf: (item: T) => string;
  renderItem: (item: T) => ReactNode;
}

/**
 * A directory's result list: loading, a load error with retry (only when nothing is shown yet),
 * the empty sentence, or the cards with "show more" and a failed next page's error. The lists are
 * read from the search engine: its 503 is said calmly, from the first failed try on, while the
 * query waits out the server's Retry-After before it tries again by itself.
 */
export function PagedResults<T>({ query, items, empty, listClassName, keyOf, renderItem }: PagedResultsProps<T>) {
  if (query.isPending) {
    return isServiceUnavailable(query.failureReason) ? (
      <SearchUnavailableMessage onRetry={() => void query.refetch()} />
    ) : (
      <LoadingMessage />
    );
  }
  if (query.isError && !query.data) return <SearchErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <>
      <ul className={listClassName}>
        {items.map((item) => (
          <li key={keyOf(item)}>{renderItem(item)}</li>
        ))}
      </ul>
      {query.isFetchNextPageError && <SearchErrorMessage error={query.error} onRetry={() => void query.fetchNextPage()} />}
      <LoadMoreButton query={query} />
    </>
  );
}

/** Said when the lists the filters offer failed to load: the directory still works without them. */
export function VocabulariesFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error">
      <p>{message}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

interface ResultsSectionProps {
  headingId: string;
  heading: string;
  /** Where "clear the filters" leads; no link when no filter is set. */
  clearHref?: string | undefined;
  clearLabel: string;
  /** A note above the count, such as which actor the list is narrowed to. */
  note?: ReactNode;
  /** How many were found, announced without moving focus; empty while nothing is shown. */
  shown: string;
  children: ReactNode;
}

/** The results half of a directory page: heading, "clear the filters", the live count, then the list. */
export function ResultsSection({ headingId, heading, clearHref, clearLabel, note, shown, children }: ResultsSectionProps) {
  return (
    <section aria-labelledby={headingId} className="directory-results">
      <div className="directory-results__header">
        <h2 id={headingId}>{heading}</h2>
        {clearHref && (
          <Link to={clearHref} className="directory-results__clear">
            {clearLabel}
          </Link>
        )}
      </div>
      {note}
      <p role="status" className="muted">
        {shown}
      </p>
      {children}
    </section>
  );
}
