import { useId } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useAnswerInvitation } from '../api/answer-invitation';
import { useReceivedInvitations } from '../api/get-received-invitations';
import { collaborationUrl } from '../paths';

interface Props {
  actor: { id: string; name: string };
  onNotice(message: string): void;
}

/**
 * An owner answers the invitations their actor received to take part in collaborations. Until they
 * accept, the actor counts nowhere: not among the participants, in the profile, nor in its lists.
 */
export function ReceivedInvitationsPanel({ actor, onNotice }: Props) {
  const { t, language, formatDateTime } = useI18n();
  const headingId = useId();
  const invitations = useReceivedInvitations(actor.id);
  const answer = useAnswerInvitation();

  let content;
  if (invitations.isPending) {
    content = <LoadingMessage />;
  } else if (invitations.isError) {
    content = <ErrorMessage error={invitations.error} onRetry={() => void invitations.refetch()} />;
  } else if (invitations.data.length === 0) {
    content = <p className="muted">{t('collabInbox.empty')}</p>;
  } else {
    content = (
      <ul className="request-list">
        {invitations.data.map((invitation) => {
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
              <div className="button-row">
                <button type="button" className="button button--small" disabled={answer.isPending} onClick={() => reply('accept')}>
                  {t('collabInbox.accept', { title })}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={answer.isPending}
                  onClick={() => reply('decline')}
                >
                  {t('collabInbox.decline', { title })}
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
      <h3 id={headingId}>{t('collabInbox.heading', { name: actor.name })}</h3>
      {!!answer.error && <ErrorMessage error={answer.error} />}
      {content}
    </section>
  );
}
