import { Link } from 'react-router';
import { ActionError } from '../../../components/stale-version-alert';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useChangePublication } from '../api/change-publication';
import type { Collaboration } from '../model';
import { editCollaborationUrl } from '../paths';

interface Props {
  collaboration: Collaboration;
  /** The ETag of the version shown: publishing or archiving a changed collaboration gives 412. */
  etag: string;
  onDone: (message: string) => void;
  onReload: () => void;
}

/** Edit, publish and archive, for those `canEdit` names (the lead's owners and editors; never while taken down). */
export function CollaborationActions({ collaboration, etag, onDone, onReload }: Props) {
  const { t } = useI18n();
  const change = useChangePublication();
  if (!collaboration.canEdit) return null;
  const { id, publication } = collaboration;

  return (
    <div className="resource-actions">
      <ActionError
        error={change.error}
        message={t('collab.conflict')}
        reloadLabel={t('collab.reload')}
        onReload={() => {
          change.reset();
          onReload();
        }}
      />
      {publication !== 'PUBLISHED' && <p className="muted">{t('collab.publishHint')}</p>}
      <div className="button-row">
        <Link to={editCollaborationUrl(collaboration.slug)} className="button button--secondary">
          {t('collab.edit')}
        </Link>
        {publication !== 'PUBLISHED' && (
          <button
            type="button"
            className="button"
            disabled={change.isPending}
            onClick={() => change.mutate({ id, etag, change: 'publish' }, { onSuccess: () => onDone(t('collab.publishedNotice')) })}
          >
            {publication === 'ARCHIVED' ? t('collab.republish') : t('collab.publish')}
          </button>
        )}
        {publication !== 'ARCHIVED' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={change.isPending}
            onClick={() => change.mutate({ id, etag, change: 'archive' }, { onSuccess: () => onDone(t('collab.archivedNotice')) })}
          >
            {t('collab.archive')}
          </button>
        )}
      </div>
    </div>
  );
}
