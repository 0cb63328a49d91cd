import { Link, NavLink } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n-context';
import { paths } from '../paths';
import { AuthControls } from './auth-controls';
import { LanguageSwitch } from './language-switch';

export function SiteHeader() {
  const { t } = useI18n();
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
              <NavLink to={paths.profile}>{t('nav.profile')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="site-header__tools">
          <LanguageSwitch />
          <AuthControls />
        </div>
      </div>
    </header>
  );
}
