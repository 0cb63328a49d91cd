import { useId, useState } from 'react';
import { ConfirmButton } from '../../../components/confirm-dialog';
import { ErrorMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useChangeParticipant } from '../api/participants';
import {
  INVITED_ROLES,
  isInvitedRole,
  type ActorHref,
  type Collaboration,
  type InvitedRole,
  type ParticipantInvitation,
} from '../model';
import { inviteProblemMessage } from '../participant-problems';
import { ActorPicker } from './actor-picker';
import { CollaborationPartnerSuggestions } from './collaboration-partner-suggestions';
import { ParticipantRoleCell } from './participant-role-cell';
import { TableScroll } from '../../../components/table-scroll';

interface Props {
  collaboration: Collaboration;
  /** Called with a sentence saying what happened, for a status message outside. */
  onDone: (message: string) => void;
  /** Only the invitations and their answers, nothing to change: for moderators who are not the lead's people. */
  readOnly?: boolean;
  /** Where a suggested partner's page is; with it, the invite panel lists suggested partners to invite. */
  actorHref?: ActorHref;
}

/**
 * For the lead's owners and editors: invite actors (with a role), see every invitation and its
 * answer, withdraw one, change a role, remove a participant, hand the lead over to one that
 * accepted. The server checks each again. Read-only, it shows the invitations alone.
 */
export function ParticipantsManager({ collaboration, onDone, readOnly = false, actorHref }: Props) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  const inviteHeadingId = useId();
  const roleId = useId();
  const [role, setRole] = useState<InvitedRole>('PARTNER');
  const change = useChangeParticipant();
  // The actor last invited, to name it when the API refuses the invitation.
  const [invitee, setInvitee] = useState('');
  const inviting = change.variables?.kind === 'invite';
  const inviteError = inviting ? inviteProblemMessage(change.error, invitee, t) : undefined;
  const invitations: ParticipantInvitation[] = collaboration.invitations ?? [];
  // Invited or taking part: not to be invited again. Those who declined or left may be asked anew.
  const present = new Set(
    invitations.filter((row) => row.status === 'INVITED' || row.status === 'ACCEPTED').map((row) => row.actor.id),
  );
  present.add(collaboration.lead.id);
  // Removing one who accepted and handing the lead over ask first; their failures show in that dialog.
  const accepted = new Set(invitations.filter((row) => row.status === 'ACCEPTED').map((row) => row.actor.id));
  const asked = change.variables;
  const failedInDialog =
    asked?.kind === 'handOverLead' || (asked?.kind === 'remove' && accepted.has(asked.actorId));
  const id = collaboration.id;
  // From the actor picker or a suggested partner: the same invitation, with the chosen role.
  const invite = (actor: { id: string; name: string }) => {
    setInvitee(actor.name);
    change.mutate(
      { kind: 'invite', collaborationId: id, actorId: actor.id, role },
      { onSuccess: () => onDone(t('collab.invited', { name: actor.name })) },
    );
  };

  return (
    <>
      {!readOnly && (
        <section aria-labelledby={inviteHeadingId} className="panel">
          <h2 id={inviteHeadingId}>{t('collab.invite')}</h2>
          <div className="field">
            <label htmlFor={roleId}>{t('collab.inviteRole')}</label>
            <select id={roleId} value={role} onChange={(event) => isInvitedRole(event.target.value) && setRole(event.target.value)}>
              {INVITED_ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`participantRole.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <ActorPicker
            label={t('collab.findActor')}
            hint={t('collab.findActorHint')}
            exclude={present}
            disabled={change.isPending}
            actionLabel={(actor) => t('collab.inviteNamed', { name: actor.name })}
            onPick={invite}
          />
          {inviting &&
            !!change.error &&
            (inviteError ? (
              <p role="alert" className="error">
                {inviteError}
              </p>
            ) : (
              <ErrorMessage error={change.error} />
            ))}
          {actorHref && (
            <CollaborationPartnerSuggestions
              collaborationId={id}
              actorHref={actorHref}
              disabled={change.isPending}
              onInvite={invite}
            />
          )}
        </section>
      )}
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('collab.invitations')}</h2>
        {!inviting && !failedInDialog && !!change.error && <ErrorMessage error={change.error} />}
        <TableScroll label={t('collab.invitationsCaption')}>
          <table className="table">
            <caption className="visually-hidden">{t('collab.invitationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('collab.actor')}</th>
                <th scope="col">{t('collab.role')}</th>
                <th scope="col">{t('collab.answer')}</th>
                <th scope="col">{t('collab.invitedAt')}</th>
                {!readOnly && <th scope="col">{t('collab.manage')}</th>}
              </tr>
            </thead>
            <tbody>
              {invitations.map((row) => {
                const name = row.actor.name;
                const lead = row.role === 'LEAD';
                const invitedRole = isInvitedRole(row.role) ? row.role : undefined;
                const active = row.status === 'INVITED' || row.status === 'ACCEPTED';
                return (
                  <tr key={row.actor.id}>
                    <th scope="row">{name}</th>
                    <td>
                      {invitedRole === undefined || !active || readOnly ? (
                        t(`participantRole.${row.role}`)
                      ) : (
                        <ParticipantRoleCell
                          name={name}
                          role={invitedRole}
                          busy={change.isPending}
                          onSave={(next) =>
                            change.mutate(
                              { kind: 'changeRole', collaborationId: id, actorId: row.actor.id, role: next },
                              { onSuccess: () => onDone(t('collab.roleChanged', { name, role: t(`participantRole.${next}`) })) },
                            )
                          }
                        />
                      )}
                    </td>
                    <td>{t(`participantStatus.${row.status}`)}</td>
                    <td>{formatDateTime(new Date(row.invitedAt))}</td>
                    {!readOnly && (
                      <td>
                        {!lead && active && (
                          <div className="button-row">
                            {row.status === 'ACCEPTED' && (
                              <>
                                <ConfirmButton
                                  label={t('collab.makeLead', { name })}
                                  className="button button--secondary button--small"
                                  disabled={change.isPending}
                                  title={t('safe.handOverTitle', { name })}
                                  confirmLabel={t('safe.handOverConfirm', { name })}
                                  busy={change.isPending}
                                  error={change.error}
                                  onOpen={() => change.reset()}
                                  onConfirm={(close) =>
                                    change.mutate(
                                      { kind: 'handOverLead', collaborationId: id, actorId: row.actor.id },
                                      {
                                        onSuccess: () => {
                                          close();
                                          onDone(t('collab.leadHandedOver', { name }));
                                        },
                                      },
                                    )
                                  }
                                  // The old lead no longer manages: focus the page's heading.
                                  focusAfterConfirm={(opener) => opener?.closest('main')?.querySelector('h1')}
                                >
                                  <p>{t('safe.handOverBody', { name })}</p>
                                </ConfirmButton>
                                <ConfirmButton
                                  label={t('collab.remove', { name })}
                                  className="button button--secondary button--small"
                                  disabled={change.isPending}
                                  title={t('safe.removeParticipantTitle', { name })}
                                  confirmLabel={t('collab.remove', { name })}
                                  busy={change.isPending}
                                  error={change.error}
                                  onOpen={() => change.reset()}
                                  onConfirm={(close) =>
                                    change.mutate(
                                      { kind: 'remove', collaborationId: id, actorId: row.actor.id },
                                      {
                                        onSuccess: () => {
                                          close();
                                          onDone(t('collab.removed', { name }));
                                        },
                                      },
                                    )
                                  }
                                  // The row loses its buttons: focus the table's heading.
                                  focusAfterConfirm={() => document.getElementById(headingId)}
                                >
                                  <p>{t('safe.removeParticipantBody', { name })}</p>
                                </ConfirmButton>
                              </>
                            )}
                            {row.status === 'INVITED' && (
                              // An unanswered invitation is withdrawn at once: inviting again undoes it.
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                disabled={change.isPending}
                                onClick={() =>
                                  change.mutate(
                                    { kind: 'remove', collaborationId: id, actorId: row.actor.id },
                                    { onSuccess: () => onDone(t('collab.withdrawn', { name })) },
                                  )
                                }
                              >
                                {t('collab.withdraw', { name })}
                              </button>
                            )}
                          </div>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}
