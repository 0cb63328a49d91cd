import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';

/**
 * One figure of the dashboard: its heading, a one-line definition, the chart and table (once the
 * numbers are there), and the CSV of the same numbers with the same filters. Loading, a failure and
 * "nothing yet" are said calmly in place, so one figure never takes the page down.
 */
export function FigureSection<D>({
  id,
  title,
  definition,
  csvHref,
  query,
  isEmpty,
  emptyText,
  children,
}: {
  id: string;
  title: string;
  definition: ReactNode;
  csvHref: string;
  query: Pick<UseQueryResult<D>, 'data' | 'error' | 'isError' | 'isFetching' | 'refetch'>;
  isEmpty: (data: D) => boolean;
  emptyText?: string;
  children: (data: D) => ReactNode;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const { data } = query;
  let body: ReactNode;
  if (query.isError && !data) body = <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  else if (data === undefined) body = <LoadingMessage />;
  else if (isEmpty(data)) body = <p className="notice">{emptyText ?? t('insights.empty')}</p>;
  else body = children(data);
  return (
    // Busy while changed filters load: the previous numbers stay until the new ones arrive.
    <section id={id} aria-labelledby={headingId} aria-busy={query.isFetching || undefined} className="insight-figure">
      <h2 id={headingId}>{title}</h2>
      <p className="insight-figure__definition">{definition}</p>
      {body}
      <p className="insight-figure__download">
        <a href={csvHref} download>
          {t('insights.csv', { title })}
        </a>
      </p>
    </section>
  );
}
