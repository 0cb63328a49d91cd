import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { useI18n } from '../../lib/i18n/i18n-context';
import { paths } from '../paths';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to={paths.home}>{t('notFound.back')}</Link>
      </p>
    </>
  );
}
