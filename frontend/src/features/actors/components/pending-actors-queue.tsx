import { useState } from 'react';
import { Link } from 'react-router';
import { QueueSection } from '../../../components/queue-section';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useActors } from '../api/list-actors';
import { actorUrl } from '../paths';
import { ModerationActions } from './moderation-actions';

const PENDING = { status: 'PENDING' } as const;

/** The moderators' queue of PENDING actors, to approve into the directory or turn down. */
export function PendingActorsQueue() {
  const { t } = useI18n();
  const [notice, setNotice] = useState('');
  return (
    <QueueSection
      heading={t('moderation.pendingHeading')}
      empty={t('moderation.empty')}
      notice={notice}
      query={useActors(PENDING)}
      renderItem={(actor) => (
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
      )}
    />
  );
}
