import { useId } from 'react';
import { PartnerSuggestions } from '../../../components/partner-suggestions';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { usePartnerSuggestions } from '../api/get-partner-suggestions';
import { canEditActor, type Actor } from '../model';
import { actorUrl } from '../paths';

/**
 * The actor's suggested partners, on its page, for its owners and editors only (the page knows the
 * caller's role; the API checks it again). For anyone else it renders nothing and asks nothing.
 */
export function ActorPartnerSuggestions({ actor }: { actor: Pick<Actor, 'id' | 'name' | 'myRole'> }) {
  const { t } = useI18n();
  const headingId = useId();
  const allowed = canEditActor(actor.myRole);
  const suggestions = usePartnerSuggestions(actor.id, { enabled: allowed });
  if (!allowed) return null;

  let content;
  if (suggestions.isPending) content = <LoadingMessage />;
  else if (suggestions.isError) content = <ErrorMessage error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  else content = <PartnerSuggestions suggestions={suggestions.data.suggestions} actorHref={actorUrl} />;

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('partners.heading')}</h2>
      <p>{t('partners.introActor', { name: actor.name })}</p>
      {content}
    </section>
  );
}
