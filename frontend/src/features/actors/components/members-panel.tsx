import { OwnerPanel } from '../../../components/owner-panel';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useMembers } from '../api/get-members';
import { isOnlyOwner } from '../owners';
import { MemberRow } from './member-row';
import './members-panel.css';
import { TableScroll } from '../../../components/table-scroll';

interface Props {
  actor: { id: string; name: string };
  /** The caller, who leaves with the membership's own button rather than "remove". */
  mySubject: string;
  onNotice: (message: string) => void;
}

/**
 * An owner's view of the actor's people: change a role (picked, then saved), remove someone
 * (after a confirmation). The only owner's own role is locked with the reason shown; the server
 * refuses the same (409) if another owner left meanwhile, and its problem shows in the dialog.
 */
export function MembersPanel({ actor, mySubject, onNotice }: Props) {
  const { t } = useI18n();
  const members = useMembers(actor.id);
  const onlyOwner = isOnlyOwner(members.data, mySubject);

  return (
    <OwnerPanel heading={t('myOrgs.members', { name: actor.name })} query={members}>
      {(items) => (
        <TableScroll label={t('myOrgs.members', { name: actor.name })}>
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
              {items.map((member) => (
                // Keyed by the role too: a saved (or refused and reloaded) role starts the row afresh.
                <MemberRow
                  key={`${member.subject}:${member.role}`}
                  actor={actor}
                  member={member}
                  me={member.subject === mySubject}
                  onlyOwner={onlyOwner}
                  onNotice={onNotice}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </OwnerPanel>
  );
}
