import { useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
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
  const menu = useMenu();
  const { open, listId, buttonRef, toggle } = menu;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.home} className="site-header__brand">
          {t('app.name')}
        </Link>
        {/* On a phone the links fold behind this button; from 48rem they show and it hides (styles.css). */}
        <nav aria-label={t('nav.label')} className={open ? 'site-nav site-nav--open' : 'site-nav'}>
          <button
            ref={buttonRef}
            type="button"
            className="site-nav__toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={toggle}
          >
            {t('nav.menu')}
          </button>
          <ul id={listId}>
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

/**
 * The folded menu of a narrow screen: the button says whether it is open, Escape closes it and
 * returns focus to the button, and following a link closes it (the menu remembers the page it was
 * opened on, so it is closed on any other).
 */
function useMenu() {
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpenOn(null);
      buttonRef.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return { open, listId, buttonRef, toggle: () => setOpenOn(open ? null : pathname) };
}
