import { Link } from 'react-router';
import { ActionError } from '../../../components/stale-version-alert';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useArchiveResource } from '../api/archive-resource';
import { usePublishResource } from '../api/publish-resource';
import type { Resource } from '../model';
import { editResourceUrl } from '../paths';

interface Props {
  resource: Resource;
  /** The ETag of the version shown: publishing or archiving a changed resource gives 412. */
  etag: string;
  /** Called with a sentence saying what happened, for a status message outside. */
  onDone: (message: string) => void;
  onReload: () => void;
}

/**
 * Edit, publish and archive, for those the API allows: the publisher's owners and editors
 * (`canEdit` in the response, false while a moderator has it taken down). Moderators take down
 * instead ({@link TakedownActions}). The server checks again.
 */
export function ResourceActions({ resource, etag, onDone, onReload }: Props) {
  const { t } = useI18n();
  const publish = usePublishResource();
  const archive = useArchiveResource();
  const pending = publish.isPending || archive.isPending;
  const error = publish.error ?? archive.error;
  const canPublish = resource.canEdit && resource.status !== 'PUBLISHED';
  const canArchive = resource.canEdit && resource.status !== 'ARCHIVED';

  if (!resource.canEdit) return null;

  return (
    <div className="resource-actions">
      <ActionError
        error={error}
        message={t('resource.conflict')}
        reloadLabel={t('resource.reload')}
        onReload={() => {
          publish.reset();
          archive.reset();
          onReload();
        }}
      />
      <div className="button-row">
        {resource.canEdit && (
          <Link to={editResourceUrl(resource.slug)} className="button button--secondary">
            {t('resource.edit')}
          </Link>
        )}
        {canPublish && (
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() =>
              publish.mutate({ id: resource.id, etag }, { onSuccess: () => onDone(t('resource.published')) })
            }
          >
            {resource.status === 'ARCHIVED' ? t('resource.republish') : t('resource.publish')}
          </button>
        )}
        {canArchive && (
          <button
            type="button"
            className="button button--secondary"
            disabled={pending}
            onClick={() =>
              archive.mutate({ id: resource.id, etag }, { onSuccess: () => onDone(t('resource.archivedNotice')) })
            }
          >
            {t('resource.archive')}
          </button>
        )}
      </div>
    </div>
  );
}
