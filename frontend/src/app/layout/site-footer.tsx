import { useI18n } from '../../lib/i18n/i18n-context';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <p>{t('footer.about')}</p>
    </footer>
  );
}
