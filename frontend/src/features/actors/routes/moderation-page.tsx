import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { SessionGate } from '../../../components/session-gate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { canModerate, useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useActors } from '../api/list-actors';
import { ModerationActions } from '../components/moderation-actions';
import { TakenDownQueue } from '../../resources/components/taken-down-queue';
import { actorUrl } from '../paths';

const PENDING = { status: 'PENDING' } as const;

function ModerationQueue() {
  const { t } = useI18n();
  const headingId = useId();
  const [notice, setNotice] = useState('');
  const queue = useActors(PENDING);

  let content;
  if (queue.isPending) {
    content = <LoadingMessage />;
  } else if (queue.isError && !queue.data) {
    content = <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />;
  } else {
    const items = queue.data.pages.flatMap((page) => page.items);
    content =
      items.length === 0 ? (
        <p>{t('moderation.empty')}</p>
      ) : (
        <>
          <ul className="moderation-queue">
            {items.map((actor) => (
              <li key={actor.id} className="moderation-queue__item">
                <h3>
                  <Link to={actorUrl(actor.slug)}>{actor.name}</Link>
                </h3>
                <p className="muted">
                  {t(`actorKind.${actor.kind}`)} · {t(`sector.${actor.sector}`)}
                  {actor.municipality && <> · {actor.municipality.name}</>}
                </p>
                <ModerationActions actor={actor} onDone={setNotice} nameInButton />
              </li>
            ))}
          </ul>
          {queue.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              disabled={queue.isFetchingNextPage}
              onClick={() => void queue.fetchNextPage()}
            >
              {queue.isFetchingNextPage ? t('directory.loadingMore') : t('directory.more')}
            </button>
          )}
        </>
      );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('moderation.pendingHeading')}</h2>
      {/* Outlives the approved item, which leaves the queue. */}
      <p role="status" className="notice">
        {notice}
      </p>
      {content}
    </section>
  );
}

function ModeratorsOnly() {
  const { t } = useI18n();
  const me = useMe();
  if (!me.data) {
    return me.isError ? <ErrorMessage error={me.error} onRetry={() => void me.refetch()} /> : <LoadingMessage />;
  }
  // The server answers others with 403 anyway; this only spares them the request.
  if (!canModerate(me.data)) return <p>{t('moderation.forbidden')}</p>;
  return (
    <>
      <ModerationQueue />
      <TakenDownQueue />
    </>
  );
}

/** The moderators' queues: PENDING actors, to approve into the directory, and taken-down resources, to restore. */
export function ModerationPage() {
  const { t } = useI18n();
  useDocumentTitle(t('moderation.title'));
  return (
    <>
      <h1>{t('moderation.title')}</h1>
      <p>{t('moderation.lead')}</p>
      <SessionGate message={t('moderation.loginRequired')}>
        <ModeratorsOnly />
      </SessionGate>
    </>
  );
}
