import { OwnerPanel } from '../../../components/owner-panel';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useChangeMemberRole } from '../api/change-member-role';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import { isMemberRole, MEMBER_ROLES, type Member } from '../model';

interface Props {
  actor: { id: string; name: string };
  /** The caller, who leaves with the membership's own button rather than "remove". */
  mySubject: string;
  onNotice: (message: string) => void;
}

/**
 * An owner's view of the actor's people: change a role, remove someone. The server refuses to
 * demote or remove the last owner (409) and says so in the problem's detail, shown here.
 */
export function MembersPanel({ actor, mySubject, onNotice }: Props) {
  const { t, formatDateTime } = useI18n();
  const members = useMembers(actor.id);
  const changeRole = useChangeMemberRole();
  const remove = useRemoveMember();

  const nameOf = (member: Member) => member.name ?? t('myOrgs.unnamed');

  return (
    <OwnerPanel heading={t('myOrgs.members', { name: actor.name })} query={members} actionError={changeRole.error ?? remove.error}>
      {(items) => (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('myOrgs.memberName')}</th>
              <th scope="col">{t('myOrgs.memberRole')}</th>
              <th scope="col">{t('myOrgs.memberSince')}</th>
              <th scope="col">{t('myOrgs.memberActions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((member) => {
              const name = nameOf(member);
              const me = member.subject === mySubject;
              return (
                <tr key={member.subject}>
                  <th scope="row">{me ? t('myOrgs.you', { name }) : name}</th>
                  <td>
                    <select
                      aria-label={t('myOrgs.roleFor', { name })}
                      value={member.role}
                      disabled={changeRole.isPending}
                      onChange={(event) => {
                        const role = event.target.value;
                        if (!isMemberRole(role)) return;
                        remove.reset();
                        changeRole.mutate(
                          { actorId: actor.id, subject: member.subject, role },
                          {
                            onSuccess: () =>
                              onNotice(t('myOrgs.roleChanged', { name, role: t(`memberRole.${role}`).toLowerCase() })),
                          },
                        );
                      }}
                    >
                      {MEMBER_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`memberRole.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{formatDateTime(new Date(member.since))}</td>
                  <td>
                    {!me && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={remove.isPending}
                        onClick={() => {
                          changeRole.reset();
                          remove.mutate(
                            { actorId: actor.id, subject: member.subject },
                            { onSuccess: () => onNotice(t('myOrgs.removed', { name })) },
                          );
                        }}
                      >
                        {t('myOrgs.remove', { name })}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </OwnerPanel>
  );
}
