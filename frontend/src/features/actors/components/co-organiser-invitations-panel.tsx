import { AnswerButtons, OwnerPanel } from '../../../components/owner-panel';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useAnswerCoOrganiserInvitation } from '../api/answer-co-organiser-invitation';
import { useCoOrganiserInvitations } from '../api/get-co-organiser-invitations';

interface Props {
  actor: { id: string; name: string };
  onNotice: (message: string) => void;
}

/**
 * An owner answers invitations to co-organise another actor's resource. Until they accept, the
 * resource does not name this actor nor appear in its lists and feeds.
 */
export function CoOrganiserInvitationsPanel({ actor, onNotice }: Props) {
  const { t, language, formatDateTime } = useI18n();
  const invitations = useCoOrganiserInvitations(actor.id);
  const answer = useAnswerCoOrganiserInvitation();

  return (
    <OwnerPanel
      heading={t('myOrgs.invitations', { name: actor.name })}
      query={invitations}
      emptyText={t('myOrgs.noInvitations')}
      actionError={answer.error}
    >
      {(items) => (
        <ul className="request-list">
          {items.map((invitation) => {
            const title = pickLocalized(invitation.resource.title, language)?.text ?? invitation.resource.slug;
            const reply = (kind: 'accept' | 'decline') =>
              answer.mutate(
                { actorId: actor.id, resourceId: invitation.resource.id, answer: kind },
                {
                  onSuccess: () =>
                    onNotice(
                      kind === 'accept'
                        ? t('myOrgs.invitationAccepted', { name: actor.name, title })
                        : t('myOrgs.invitationDeclined', { title }),
                    ),
                },
              );
            return (
              <li key={invitation.resource.id} className="request-list__item">
                <p className="request-list__who">
                  <strong>{title}</strong> <span className="muted">({t(`resourceKind.${invitation.resource.kind}`)})</span>{' '}
                  <span className="muted">
                    {t('myOrgs.invitationFrom', {
                      publisher: invitation.publisher.name,
                      time: formatDateTime(new Date(invitation.invitedAt)),
                    })}
                  </span>
                </p>
                <AnswerButtons
                  acceptLabel={t('myOrgs.acceptInvitation', { title })}
                  declineLabel={t('myOrgs.declineInvitation', { title })}
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
