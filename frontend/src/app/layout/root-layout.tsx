import { Outlet } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n-context';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export const MAIN_ID = 'main-content';

export function RootLayout() {
  const { t } = useI18n();
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
    </>
  );
}
