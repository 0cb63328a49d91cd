import { Link } from 'react-router';
import { AnswerButtons, OwnerPanel } from '../../../components/owner-panel';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useAnswerInvitation } from '../api/answer-invitation';
import { useReceivedInvitations } from '../api/get-received-invitations';
import { collaborationUrl } from '../paths';

interface Props {
  actor: { id: string; name: string };
  onNotice: (message: string) => void;
}

/**
 * An owner answers the invitations their actor received to take part in collaborations. Until they
 * accept, the actor counts nowhere: not among the participants, in the profile, nor in its lists.
 */
export function ReceivedInvitationsPanel({ actor, onNotice }: Props) {
  const { t, language, formatDateTime } = useI18n();
  const invitations = useReceivedInvitations(actor.id);
  const answer = useAnswerInvitation();

  return (
    <OwnerPanel
      heading={t('collabInbox.heading', { name: actor.name })}
      query={invitations}
      emptyText={t('collabInbox.empty')}
      actionError={answer.error}
    >
      {(items) => (
        <ul className="request-list">
          {items.map((invitation) => {
            const { collaboration } = invitation;
            const title = pickLocalized(collaboration.title, language)?.text ?? collaboration.slug;
            const reply = (kind: 'accept' | 'decline') =>
              answer.mutate(
                { collaborationId: collaboration.id, actorId: actor.id, answer: kind },
                {
                  onSuccess: () =>
                    onNotice(
                      kind === 'accept'
                        ? t('collabInbox.accepted', { name: actor.name, title })
                        : t('collabInbox.declined', { title }),
                    ),
                },
              );
            return (
              <li key={collaboration.id} className="request-list__item">
                <p className="request-list__who">
                  <Link to={collaborationUrl(collaboration.slug)}>{title}</Link>{' '}
                  <span className="muted">({t(`collaborationKind.${collaboration.kind}`)})</span>{' '}
                  <span className="muted">
                    {t('collabInbox.from', {
                      lead: invitation.lead.name,
                      role: t(`participantRole.${invitation.role}`).toLocaleLowerCase(language),
                      time: formatDateTime(new Date(invitation.invitedAt)),
                    })}
                  </span>
                </p>
                <AnswerButtons
                  acceptLabel={t('collabInbox.accept', { title })}
                  declineLabel={t('collabInbox.decline', { title })}
                  disabled={answer.isPending}
                  onAccept={() => reply('accept')}
                  onDecline={() => reply('decline')}
                />
              </li>
            );
          })}
        </ul>
      )}
    </OwnerPanel>
  );
}
