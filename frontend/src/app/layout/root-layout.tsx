import { Outlet } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n-context';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useRouteChange } from './use-route-change';

export const MAIN_ID = 'main-content';

export function RootLayout() {
  const { t } = useI18n();
  const pageTitle = useRouteChange(MAIN_ID);
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipLink')}
      </a>
      <SiteHeader />
      {/* tabIndex lets the skip link move keyboard focus, not only the scroll position. */}
      <main id={MAIN_ID} className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
      {/* Always in the page, so screen readers already watch it when the first change comes. */}
      <p role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {pageTitle && t('nav.pageChanged', { title: pageTitle })}
      </p>
    </>
  );
}
