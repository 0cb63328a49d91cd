import { Link } from 'react-router';
import { useAuth } from '../../../lib/auth/auth-context';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { HomeLinks } from '../model';

/**
 * The home page's one call to action. A visitor is invited to connect their organisation: the
 * registration page asks them to log in first and brings them back to the form. Someone signed
 * in who is already a member of an organisation is sent to share what it has instead.
 */
export function JoinCall({ links }: { links: Pick<HomeLinks, 'registerActor' | 'myOrganisations'> }) {
  const { t } = useI18n();
  const { status } = useAuth();
  const me = useMe();
  const member = status === 'authenticated' && (me.data?.memberships ?? []).length > 0;
  if (member) {
    return (
      <div className="join-call">
        <Link className="button button--large button--accent" to={links.myOrganisations}>
          {t('home.ctaMember')}
        </Link>
        <p className="join-call__hint">{t('home.ctaMemberHint')}</p>
      </div>
    );
  }
  return (
    <div className="join-call">
      <Link className="button button--large button--accent" to={links.registerActor}>
        {t('home.cta')}
      </Link>
      <p className="join-call__hint">{status === 'authenticated' ? t('home.ctaNewMember') : t('home.ctaLoginHint')}</p>
    </div>
  );
}
