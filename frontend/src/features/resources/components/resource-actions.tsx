import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/confirm-dialog';
import { ActionError } from '../../../components/stale-version-alert';
import { isStaleVersion } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
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
  const { t, language } = useI18n();
  const publish = usePublishResource();
  const archive = useArchiveResource();
  const pending = publish.isPending || archive.isPending;
  // A stale version (412) closes the archive dialog and offers the reload here; any other failure
  // of archiving stays inside its dialog.
  const staleArchive = isStaleVersion(archive.error) ? archive.error : null;
  const error = publish.error ?? staleArchive;
  const title = pickLocalized(resource.title, language)?.text ?? resource.slug;
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
          <ConfirmButton
            label={t('resource.archive')}
            disabled={pending}
            title={t('safe.archiveResourceTitle', { title })}
            confirmLabel={t('safe.archiveResourceConfirm', { title })}
            busy={archive.isPending}
            error={staleArchive ? undefined : archive.error}
            // An archived resource has no archive button: focus the page's heading.
            focusAfterConfirm={(opener) => opener?.closest('main')?.querySelector('h1')}
            onOpen={() => {
              publish.reset();
              archive.reset();
            }}
            onConfirm={(close) =>
              archive.mutate(
                { id: resource.id, etag },
                {
                  onSuccess: () => {
                    close();
                    onDone(t('resource.archivedNotice'));
                  },
                  onError: (failure) => {
                    if (isStaleVersion(failure)) close();
                  },
                },
              )
            }
          >
            <p>{t('safe.archiveResourceBody')}</p>
          </ConfirmButton>
        )}
      </div>
    </div>
  );
}
