import { useRouteError } from 'react-router';
import { ErrorMessage } from '../../components/query-status';
import { useI18n } from '../../lib/i18n/i18n-context';

/** Last resort when a page throws while rendering: keeps the words in the reader's language. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  console.error(error);
  return (
    <main className="page">
      <h1>{t('app.name')}</h1>
      <ErrorMessage error={error} />
    </main>
  );
}
