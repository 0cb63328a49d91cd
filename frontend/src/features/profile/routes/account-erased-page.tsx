import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useI18n } from '../../../lib/i18n/i18n-context';

/**
 * Public: where Keycloak's logout lands after a person erased their account. It needs no session
 * (there is none any more) and reads nothing from the API.
 */
export function AccountErasedPage({ homeHref }: { homeHref: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('accountErased.title'));
  return (
    <>
      <h1>{t('accountErased.title')}</h1>
      <p>{t('accountErased.body')}</p>
      <p>{t('accountErased.thanks')}</p>
      <p>
        <Link to={homeHref}>{t('accountErased.home')}</Link>
      </p>
    </>
  );
}
