import { useId, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorMessage, LoadingMessage } from './query-status';

interface OwnerPanelProps<T> {
  heading: string;
  /** The list the owner works through (invitations, join requests, members). */
  query: UseQueryResult<T[]>;
  /** What the panel says when the list is empty; without it an empty list is rendered as is. */
  emptyText?: string;
  /** The failed answer (accept, approve, remove…), shown above the list. */
  actionError?: unknown;
  children: (items: T[]) => ReactNode;
}

/**
 * A section on "my organisations" where an owner answers what waits for one actor: heading, the
 * failed answer if any, then loading, load error with retry, the empty sentence or the list.
 */
export function OwnerPanel<T>({ heading, query, emptyText, actionError, children }: OwnerPanelProps<T>) {
  const headingId = useId();

  let content;
  if (query.isPending) {
    content = <LoadingMessage />;
  } else if (query.isError) {
    content = <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data.length === 0 && emptyText !== undefined) {
    content = <p className="muted">{emptyText}</p>;
  } else {
    content = children(query.data);
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {!!actionError && <ErrorMessage error={actionError} />}
      {content}
    </section>
  );
}

interface AnswerButtonsProps {
  acceptLabel: string;
  declineLabel: string;
  disabled: boolean;
  onAccept: () => void;
  onDecline: () => void;
}

/** The yes/no pair of a request-list row (accept or decline, approve or reject). */
export function AnswerButtons({ acceptLabel, declineLabel, disabled, onAccept, onDecline }: AnswerButtonsProps) {
  return (
    <div className="button-row">
      <button type="button" className="button button--small" disabled={disabled} onClick={onAccept}>
        {acceptLabel}
      </button>
      <button type="button" className="button button--secondary button--small" disabled={disabled} onClick={onDecline}>
        {declineLabel}
      </button>
    </div>
  );
}
