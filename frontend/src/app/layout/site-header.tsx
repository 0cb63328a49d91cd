import { Link, NavLink } from 'react-router';
import { useAuth } from '../../lib/auth/auth-context';
import { canModerate, useMe } from '../../lib/auth/use-me';
import { useI18n } from '../../lib/i18n/i18n-context';
import { InvitationsCount } from '../../features/collaborations/components/invitations-count';
import { HeaderSearch } from '../../features/search/components/header-search';
import { paths } from '../paths';
import { hitHref } from '../routes/search-routes';
import { AuthControls } from './auth-controls';
import { LanguageSwitch } from './language-switch';

export function SiteHeader() {
  const { t } = useI18n();
  const { status } = useAuth();
  const signedIn = status === 'authenticated';
  // Only a hint for the menu: the moderation page and the API check the role themselves.
  const me = useMe();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.home} className="site-header__brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            <li>
              <NavLink to={paths.home} end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.actors}>{t('nav.actors')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.resources}>{t('nav.resources')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.collaborations}>{t('nav.collaborations')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.insights}>{t('nav.insights')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.feeds}>{t('nav.feeds')}</NavLink>
            </li>
            {signedIn && (
              <li>
                {/* The count of invitations waiting for an answer sends owners to their inbox. */}
                <NavLink to={paths.myOrganisations}>
                  {t('nav.myOrganisations')}
                  <InvitationsCount />
                </NavLink>
              </li>
            )}
            {signedIn && canModerate(me.data) && (
              <li>
                <NavLink to={paths.moderation}>{t('nav.moderation')}</NavLink>
              </li>
            )}
            <li>
              <NavLink to={paths.profile}>{t('nav.profile')}</NavLink>
            </li>
          </ul>
        </nav>
        <HeaderSearch hrefOf={hitHref} />
        <div className="site-header__tools">
          <LanguageSwitch />
          <AuthControls />
        </div>
      </div>
    </header>
  );
}
