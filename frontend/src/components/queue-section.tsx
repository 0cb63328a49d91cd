import { useId, type ReactNode } from 'react';
import { LoadMoreButton, type PagedQuery } from './load-more-button';
import { ErrorMessage, LoadingMessage } from './query-status';

/** A paged list query whose pages carry `items` (TanStack's infinite query result fits). */
interface QueueQuery<T> extends PagedQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data?: { pages: { items: T[] }[] };
  refetch: () => unknown;
}

/**
 * A moderator's work queue: a headed section with a status line that outlives the item just
 * handled (it leaves the queue), the items, and "show more" while there are further pages.
 */
export function QueueSection<T extends { id: string }>({
  heading,
  empty,
  notice,
  query,
  renderItem,
}: {
  heading: string;
  empty: string;
  notice: string;
  query: QueueQuery<T>;
  renderItem: (item: T) => ReactNode;
}) {
  const headingId = useId();
  let content;
  if (query.isPending) {
    content = <LoadingMessage />;
  } else if (query.isError && !query.data) {
    content = <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  } else {
    const items = query.data?.pages.flatMap((page) => page.items) ?? [];
    content =
      items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <ul className="moderation-queue">{items.map((item) => renderItem(item))}</ul>
          <LoadMoreButton query={query} />
        </>
      );
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p role="status" className="notice">
        {notice}
      </p>
      {content}
    </section>
  );
}
