import { TakedownForm } from '../../../components/takedown-form';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useRestoreResource } from '../api/restore-resource';
import { useTakeDownResource } from '../api/take-down-resource';
import type { Resource } from '../model';
import { isTakenDown } from '../moderation';

interface Props {
  resource: Resource;
  /** The ETag of the version shown: acting on a changed resource gives 412 and changes nothing. */
  etag: string;
  /** Called with a sentence saying what happened, for a status message outside. */
  onDone: (message: string) => void;
  onReload: () => void;
}

/**
 * A moderator's takedown (with a reason the publisher's people read) or restore. Editors cannot
 * undo a takedown; only this restores it. The server checks the role again.
 */
export function TakedownActions({ resource, etag, onDone, onReload }: Props) {
  const { t } = useI18n();
  const takeDown = useTakeDownResource();
  const restore = useRestoreResource();
  const { id } = resource;

  return (
    <TakedownForm
      takenDown={isTakenDown(resource)}
      pending={takeDown.isPending || restore.isPending}
      error={takeDown.error ?? restore.error}
      texts={{
        reason: t('takedown.reason'),
        reasonHint: t('takedown.reasonHint'),
        reasonRequired: t('takedown.reasonRequired'),
        takeDown: t('takedown.takeDown'),
        restore: t('takedown.restore'),
        conflict: t('resource.conflict'),
        reload: t('resource.reload'),
      }}
      onTakeDown={(reason, onSuccess) =>
        takeDown.mutate(
          { id, etag, reason },
          {
            onSuccess: () => {
              onSuccess();
              onDone(t('takedown.done'));
            },
          },
        )
      }
      onRestore={() => restore.mutate({ id, etag }, { onSuccess: () => onDone(t('takedown.restored')) })}
      onReload={() => {
        takeDown.reset();
        restore.reset();
        onReload();
      }}
    />
  );
}
