import { useId } from 'react';
import { TakedownForm } from '../../../components/takedown-form';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useModerateCollaboration } from '../api/moderate-collaboration';
import type { Collaboration } from '../model';
import { isTakenDown } from '../moderation';

interface Props {
  collaboration: Collaboration;
  etag: string;
  onDone: (message: string) => void;
  onReload: () => void;
}

/** A moderator's takedown (with a reason the lead's people read) or restore. The server checks the role again. */
export function TakedownPanel({ collaboration, etag, onDone, onReload }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const moderate = useModerateCollaboration();
  const { id } = collaboration;

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('collab.moderation')}</h2>
      <TakedownForm
        takenDown={isTakenDown(collaboration)}
        pending={moderate.isPending}
        error={moderate.error}
        texts={{
          reason: t('collab.takedownReason'),
          reasonHint: t('collab.takedownReasonHint'),
          reasonRequired: t('collab.takedownReasonRequired'),
          takeDown: t('collab.takeDown'),
          restore: t('collab.restore'),
          conflict: t('collab.conflict'),
          reload: t('collab.reload'),
        }}
        onTakeDown={(reason, onSuccess) =>
          moderate.mutate(
            { id, etag, action: 'takeDown', reason },
            {
              onSuccess: () => {
                onSuccess();
                onDone(t('collab.takenDownNotice'));
              },
            },
          )
        }
        onRestore={() => moderate.mutate({ id, etag, action: 'restore' }, { onSuccess: () => onDone(t('collab.restoredNotice')) })}
        onReload={() => {
          moderate.reset();
          onReload();
        }}
      />
    </section>
  );
}
