import { useI18n } from '../../lib/i18n/i18n-context';

export function ConfigErrorScreen() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1>{t('app.name')}</h1>
      <p role="alert" className="error">
        {t('app.configError')}
      </p>
    </main>
  );
}
