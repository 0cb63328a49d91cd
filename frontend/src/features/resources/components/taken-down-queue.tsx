import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/query-status';
import { QueueSection } from '../../../components/queue-section';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useTakenDownResources } from '../api/list-taken-down-resources';
import { resourceKeys } from '../api/query-keys';
import { useRestoreResource } from '../api/restore-resource';
import type { TakenDownResource } from '../model';
import { resourceUrl } from '../paths';

function TakenDownItem({ resource, onRestored }: { resource: TakenDownResource; onRestored: (message: string) => void }) {
  const { t, language, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const restore = useRestoreResource();
  const title = pickLocalized(resource.title, language);
  const name = title?.text ?? resource.slug;
  return (
    <li className="moderation-queue__item">
      <h3>
        <Link to={resourceUrl(resource.slug)} lang={title && title.language !== language ? title.language : undefined}>
          {name}
        </Link>
      </h3>
      <p className="muted">
        {t('takenDown.publisher', { name: resource.actor.name })} ·{' '}
        <time dateTime={resource.takenDownAt}>{t('takenDown.at', { time: formatDateTime(new Date(resource.takenDownAt)) })}</time>
      </p>
      <p>{t('takedown.noticeReason', { reason: resource.takedownReason })}</p>
      {restore.error && <ErrorMessage error={restore.error} />}
      <button
        type="button"
        className="button button--secondary"
        disabled={restore.isPending}
        onClick={() =>
          restore.mutate(
            { id: resource.id },
            {
              onSuccess: () => onRestored(t('takenDown.restored', { title: name })),
              // Another moderator may have restored it meanwhile (409): show the queue as it is now.
              onError: () => void queryClient.invalidateQueries({ queryKey: resourceKeys.takenDown() }),
            },
          )
        }
      >
        {t('takenDown.restoreNamed', { title: name })}
      </button>
    </li>
  );
}

/**
 * The moderators' queue of taken-down resources, across every actor: a restore lifts the
 * takedown, and the list refreshes (the restore invalidates every resource list).
 */
export function TakenDownQueue() {
  const { t } = useI18n();
  const [notice, setNotice] = useState('');
  return (
    <QueueSection
      heading={t('takenDown.heading')}
      empty={t('takenDown.empty')}
      notice={notice}
      query={useTakenDownResources()}
      renderItem={(resource) => <TakenDownItem key={resource.id} resource={resource} onRestored={setNotice} />}
    />
  );
}
