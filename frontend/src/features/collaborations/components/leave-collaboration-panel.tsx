import { useId } from 'react';
import { ConfirmButton } from '../../../components/confirm-dialog';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useChangeParticipant } from '../api/participants';
import { leavableParticipants } from '../leads';
import type { Collaboration } from '../model';

/**
 * Owners of a participating actor (not the lead) take it out of the collaboration, after a
 * confirmation: coming back takes a new invitation from the lead.
 */
export function LeaveCollaborationPanel({ collaboration, onDone }: { collaboration: Collaboration; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const me = useMe();
  const change = useChangeParticipant();
  const actors = leavableParticipants(collaboration, me.data);
  if (actors.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('collab.yourParticipation')}</h2>
      <div className="button-row">
        {actors.map((actor) => (
          <ConfirmButton
            key={actor.id}
            label={t('collab.leave', { name: actor.name })}
            disabled={change.isPending}
            title={t('safe.leaveCollabTitle', { name: actor.name })}
            confirmLabel={t('collab.leave', { name: actor.name })}
            busy={change.isPending}
            error={change.error}
            onOpen={() => change.reset()}
            onConfirm={(close) =>
              change.mutate(
                { kind: 'remove', collaborationId: collaboration.id, actorId: actor.id },
                {
                  onSuccess: () => {
                    close();
                    onDone(t('collab.left', { name: actor.name }));
                  },
                },
              )
            }
            // The panel goes away once no actor of one's own takes part: focus the page's heading.
            focusAfterConfirm={(opener) => opener?.closest('main')?.querySelector('h1')}
          >
            <p>{t('safe.leaveCollabBody', { name: actor.name })}</p>
          </ConfirmButton>
        ))}
      </div>
    </section>
  );
}
