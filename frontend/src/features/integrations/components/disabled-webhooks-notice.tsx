import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { INTEGRATIONS_ANCHOR } from './integrations-section';

interface Props {
  actor: { name: string };
  /** The actor's page (the app layer knows its URL); the link goes to its integrations section there. */
  actorHref: string;
  /** The actor's subscriptions the delivery worker disabled (GET /api/v1/me/invitations, disabledWebhooks). */
  count: number;
}

/**
 * Tells an owner, on "my organisations", that webhooks of their actor were turned off after
 * repeated failed deliveries, and links to the integrations on the actor's page where they are
 * fixed and saved again (which turns them back on). Nothing when none is disabled.
 */
export function DisabledWebhooksNotice({ actor, actorHref, count }: Props) {
  const { t } = useI18n();
  if (count <= 0) return null;
  return (
    <p className="callout callout--warning">
      {t('webhooks.disabledNotice', { count })}{' '}
      <Link to={`${actorHref}#${INTEGRATIONS_ANCHOR}`}>{t('webhooks.disabledNoticeLink', { name: actor.name })}</Link>
    </p>
  );
}
