import { useEffect, useId, useRef } from 'react';
import { useLocation } from 'react-router';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { ApiClientsPanel } from './api-clients-panel';
import { WebhooksPanel } from './webhooks-panel';

interface Props {
  actorId: string;
  /** The caller owns the actor (the API lets owners, and admins helping them, manage integrations). */
  owner: boolean;
}

/** The section's id: "my organisations" links here (#integrations) when webhooks were disabled. */
export const INTEGRATIONS_ANCHOR = 'integrations';

/** The actor page's integrations for its owners and admins: API clients and webhooks. */
export function IntegrationsSection({ actorId, owner }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const me = useMe();
  const admin = !!me.data?.roles.includes('admin');
  const visible = owner || admin;
  const { hash } = useLocation();
  const section = useRef<HTMLElement>(null);
  // The router does not scroll to a fragment by itself, and the section appears only after the
  // actor and the caller's roles are loaded: scroll to it once it is there.
  useEffect(() => {
    if (visible && hash === `#${INTEGRATIONS_ANCHOR}`) section.current?.scrollIntoView?.();
  }, [visible, hash]);
  if (!visible) return null;
  return (
    <section id={INTEGRATIONS_ANCHOR} ref={section} aria-labelledby={headingId} className="integrations">
      <h2 id={headingId}>
        {t('integrations.title')}
      </h2>
      <p className="muted">{t('integrations.intro')}</p>
      <ApiClientsPanel actorId={actorId} />
      <WebhooksPanel actorId={actorId} />
    </section>
  );
}
