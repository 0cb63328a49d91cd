import { useId, type ReactNode } from 'react';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';

/** One band of the home page: a heading and what it shows, labelled by the heading. */
export function HomeSection({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`home-section ${className ?? ''}`.trim()}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** What a section's query has: the content once there, else loading or the error with a retry. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingMessage />;
  if (query.isError || query.data === undefined) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return children(query.data);
}
