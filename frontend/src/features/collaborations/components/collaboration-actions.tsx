import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/confirm-dialog';
import { ActionError } from '../../../components/stale-version-alert';
import { isStaleVersion } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
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
  const { t, language } = useI18n();
  const change = useChangePublication();
  if (!collaboration.canEdit) return null;
  const { id, publication } = collaboration;
  const title = pickLocalized(collaboration.title, language)?.text ?? collaboration.slug;
  const archiving = change.variables?.change === 'archive';
  // Archiving's failures show in its dialog, except a stale version (412): that closes the dialog
  // and offers the reload here, as publishing's failures do.
  const shownHere = archiving && !isStaleVersion(change.error) ? null : change.error;

  return (
    <div className="resource-actions">
      <ActionError
        error={shownHere}
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
          <ConfirmButton
            label={t('collab.archive')}
            disabled={change.isPending}
            title={t('safe.archiveCollabTitle', { title })}
            confirmLabel={t('safe.archiveCollabConfirm', { title })}
            busy={change.isPending}
            error={archiving && !isStaleVersion(change.error) ? change.error : undefined}
            // An archived collaboration has no archive button: focus the page's heading.
            focusAfterConfirm={(opener) => opener?.closest('main')?.querySelector('h1')}
            onOpen={() => change.reset()}
            onConfirm={(close) =>
              change.mutate(
                { id, etag, change: 'archive' },
                {
                  onSuccess: () => {
                    close();
                    onDone(t('collab.archivedNotice'));
                  },
                  onError: (failure) => {
                    if (isStaleVersion(failure)) close();
                  },
                },
              )
            }
          >
            <p>{t('safe.archiveCollabBody')}</p>
          </ConfirmButton>
        )}
      </div>
    </div>
  );
}
