import { useId } from 'react';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useAnswerCoOrganiserInvitation } from '../api/answer-co-organiser-invitation';
import { useCoOrganiserInvitations } from '../api/get-co-organiser-invitations';

interface Props {
  actor: { id: string; name: string };
  onNotice(message: string): void;
}

/**
 * An owner answers invitations to co-organise another actor's resource. Until they accept, the
 * resource does not name this actor nor appear in its lists and feeds.
 */
export function CoOrganiserInvitationsPanel({ actor, onNotice }: Props) {
  const { t, language, formatDateTime } = useI18n();
  const headingId = useId();
  const invitations = useCoOrganiserInvitations(actor.id);
  const answer = useAnswerCoOrganiserInvitation();

  let content;
  if (invitations.isPending) {
    content = <LoadingMessage />;
  } else if (invitations.isError) {
    content = <ErrorMessage error={invitations.error} onRetry={() => void invitations.refetch()} />;
  } else if (invitations.data.length === 0) {
    content = <p className="muted">{t('myOrgs.noInvitations')}</p>;
  } else {
    content = (
      <ul className="request-list">
        {invitations.data.map((invitation) => {
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
              <div className="button-row">
                <button type="button" className="button button--small" disabled={answer.isPending} onClick={() => reply('accept')}>
                  {t('myOrgs.acceptInvitation', { title })}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={answer.isPending}
                  onClick={() => reply('decline')}
                >
                  {t('myOrgs.declineInvitation', { title })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('myOrgs.invitations', { name: actor.name })}</h3>
      {!!answer.error && <ErrorMessage error={answer.error} />}
      {content}
    </section>
  );
}
