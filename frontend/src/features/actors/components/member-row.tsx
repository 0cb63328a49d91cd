import { useId, useState } from 'react';
import { ConfirmButton, ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorMessage } from '../../../components/query-status';
import { RolePicker } from '../../../components/role-picker';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useChangeMemberRole } from '../api/change-member-role';
import { useRemoveMember } from '../api/remove-member';
import { MEMBER_ROLES, type Member, type MemberRole } from '../model';
import { lowersRights } from '../owners';

interface Props {
  actor: { id: string; name: string };
  member: Member;
  /** This row is the caller's own (who leaves with the membership's own button, not "remove"). */
  me: boolean;
  /** The caller is the actor's only owner: their own role cannot be lowered. */
  onlyOwner: boolean;
  onNotice: (message: string) => void;
}

/**
 * One person of the actor: their role is picked, then saved with its own button (a select that
 * saved on every arrow key changed roles by accident). Lowering one's own role asks first; the
 * only owner's role is locked, with the reason beside it. Removing someone asks first too.
 */
export function MemberRow({ actor, member, me, onlyOwner, onNotice }: Props) {
  const { t, formatDateTime } = useI18n();
  const reasonId = useId();
  const [draft, setDraft] = useState<MemberRole>(member.role);
  const [confirmingSelf, setConfirmingSelf] = useState(false);
  const changeRole = useChangeMemberRole();
  const remove = useRemoveMember();
  const name = member.name ?? t('myOrgs.unnamed');
  const locked = me && onlyOwner;
  const roleName = (role: MemberRole) => t(`memberRole.${role}`).toLowerCase();

  const save = (close?: () => void) =>
    changeRole.mutate(
      { actorId: actor.id, subject: member.subject, role: draft },
      {
        onSuccess: () => {
          close?.();
          onNotice(t('myOrgs.roleChanged', { name, role: roleName(draft) }));
        },
      },
    );

  return (
    <tr>
      <th scope="row">{me ? t('myOrgs.you', { name }) : name}</th>
      <td>
        <RolePicker
          label={t('myOrgs.roleFor', { name })}
          saveLabel={t('safe.saveRoleFor', { name })}
          saveText={t('safe.saveRole')}
          roles={MEMBER_ROLES}
          nameOf={(role) => t(`memberRole.${role}`)}
          saved={member.role}
          draft={draft}
          onDraftChange={setDraft}
          busy={changeRole.isPending}
          lockedReasonId={locked ? reasonId : undefined}
          onSave={() => {
            changeRole.reset();
            if (me && lowersRights(member.role, draft)) setConfirmingSelf(true);
            else save();
          }}
        />
        {locked && (
          <p id={reasonId} className="member-role__reason">
            {t('safe.lastOwnerRole')}
          </p>
        )}
        {!confirmingSelf && !!changeRole.error && <ErrorMessage error={changeRole.error} />}
        <ConfirmDialog
          open={confirmingSelf}
          title={t('safe.demoteSelfTitle', { role: roleName(draft) })}
          confirmLabel={t('safe.demoteSelfConfirm', { role: roleName(draft) })}
          busy={changeRole.isPending}
          error={changeRole.error}
          onCancel={() => setConfirmingSelf(false)}
          onConfirm={() => save(() => setConfirmingSelf(false))}
          // Without owner rights the members list goes away: focus the membership's heading.
          focusAfterConfirm={(opener) => opener?.closest('article')?.querySelector('h2')}
        >
          <p>{t('safe.demoteSelfBody', { role: roleName(draft), actor: actor.name })}</p>
        </ConfirmDialog>
      </td>
      <td>{formatDateTime(new Date(member.since))}</td>
      <td>
        {!me && (
          <ConfirmButton
            label={t('myOrgs.remove', { name })}
            className="button button--secondary button--small"
            title={t('safe.removeTitle', { name, actor: actor.name })}
            confirmLabel={t('safe.removeConfirm', { name })}
            busy={remove.isPending}
            error={remove.error}
            onOpen={() => remove.reset()}
            onConfirm={(close) =>
              remove.mutate(
                { actorId: actor.id, subject: member.subject },
                {
                  onSuccess: () => {
                    close();
                    onNotice(t('myOrgs.removed', { name }));
                  },
                },
              )
            }
            // The row goes away: focus the members' heading.
            focusAfterConfirm={(opener) => opener?.closest('section')?.querySelector('h3')}
          >
            <p>{t('safe.removeBody', { name, actor: actor.name })}</p>
          </ConfirmButton>
        )}
      </td>
    </tr>
  );
}
