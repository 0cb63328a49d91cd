import { useId } from 'react';
import { PartnerSuggestions } from '../../../components/partner-suggestions';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCollaborationPartnerSuggestions } from '../api/get-collaboration-partner-suggestions';
import type { ActorHref } from '../model';

interface Props {
  collaborationId: string;
  actorHref: ActorHref;
  /** While an invitation is being sent. */
  disabled: boolean;
  /** Invites the suggested actor with the role chosen in the invite panel. */
  onInvite: (actor: { id: string; name: string }) => void;
}

/**
 * Suggested partners inside the invite panel of a collaboration (drafts included), each with an
 * "Invite" button that sends the same invitation as the actor picker. The API leaves out actors
 * already invited or taking part, and an invitation refreshes the list.
 */
export function CollaborationPartnerSuggestions({ collaborationId, actorHref, disabled, onInvite }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const suggestions = useCollaborationPartnerSuggestions(collaborationId, { enabled: true });

  let content;
  if (suggestions.isPending) content = <LoadingMessage />;
  else if (suggestions.isError) content = <ErrorMessage error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  else
    content = (
      <PartnerSuggestions
        suggestions={suggestions.data.suggestions}
        actorHref={actorHref}
        headingLevel={4}
        action={({ actor }) => (
          <button type="button" className="button button--small" disabled={disabled} onClick={() => onInvite(actor)}>
            {t('partners.invite', { name: actor.name })}
          </button>
        )}
      />
    );

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('partners.heading')}</h3>
      <p>{t('partners.introCollaboration')}</p>
      {content}
    </section>
  );
}
