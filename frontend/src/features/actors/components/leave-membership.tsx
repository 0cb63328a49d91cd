import { useId } from 'react';
import { ConfirmButton } from '../../../components/confirm-dialog';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import type { MemberRole } from '../model';
import { isOnlyOwner } from '../owners';
import './members-panel.css';

interface Props {
  actor: { id: string; name: string };
  role: MemberRole;
  mySubject: string;
  onNotice: (message: string) => void;
}

function LeaveButton({ actor, mySubject, onNotice, onlyOwner }: Omit<Props, 'role'> & { onlyOwner: boolean }) {
  const { t } = useI18n();
  const reasonId = useId();
  const leave = useRemoveMember();
  return (
    <div className="leave-membership">
      <ConfirmButton
        label={t('myOrgs.leave', { name: actor.name })}
        disabled={onlyOwner}
        describedBy={onlyOwner ? reasonId : undefined}
        title={t('safe.leaveTitle', { name: actor.name })}
        confirmLabel={t('myOrgs.leave', { name: actor.name })}
        busy={leave.isPending}
        error={leave.error}
        onOpen={() => leave.reset()}
        onConfirm={(close) =>
          leave.mutate(
            { actorId: actor.id, subject: mySubject },
            {
              onSuccess: () => {
                close();
                onNotice(t('myOrgs.left', { name: actor.name }));
              },
            },
          )
        }
        // The membership's card goes away: focus the page's heading.
        focusAfterConfirm={(opener) => opener?.closest('main')?.querySelector('h1')}
      >
        <p>{t('safe.leaveBody', { name: actor.name })}</p>
      </ConfirmButton>
      {onlyOwner && (
        <p id={reasonId} className="leave-membership__reason">
          {t('safe.leaveLastOwner')}
        </p>
      )}
    </div>
  );
}

function OwnerLeaveButton(props: Omit<Props, 'role'>) {
  const members = useMembers(props.actor.id);
  return <LeaveButton {...props} onlyOwner={isOnlyOwner(members.data, props.mySubject)} />;
}

/**
 * "Lämna …" on one's own membership, after a confirmation. The only owner cannot leave (the API
 * answers 409): the button is disabled with the reason beside it. Only an owner's membership needs
 * the members list to know that (the same query the members panel shows).
 */
export function LeaveMembership({ role, ...props }: Props) {
  return role === 'OWNER' ? <OwnerLeaveButton {...props} /> : <LeaveButton {...props} onlyOwner={false} />;
}
