import { useId } from 'react';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { ApiClientsPanel } from './api-clients-panel';
import { WebhooksPanel } from './webhooks-panel';

interface Props {
  actorId: string;
  /** The caller owns the actor (the API lets owners, and admins helping them, manage integrations). */
  owner: boolean;
}

/** The actor page's integrations for its owners and admins: API clients and webhooks. */
export function IntegrationsSection({ actorId, owner }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const me = useMe();
  const admin = !!me.data?.roles.includes('admin');
  if (!owner && !admin) return null;
  return (
    <section aria-labelledby={headingId} className="integrations">
      <h2 id={headingId}>
        {t('integrations.title')}
      </h2>
      <p className="muted">{t('integrations.intro')}</p>
      <ApiClientsPanel actorId={actorId} />
      <WebhooksPanel actorId={actorId} />
    </section>
  );
}
