import { useId } from 'react';
import { useDocumentTitle } from '../../components/use-document-title';
import { SdgList } from '../../features/vocabularies/components/sdg-list';
import { useI18n } from '../../lib/i18n/i18n-context';

export function HomePage() {
  const { t } = useI18n();
  const sdgHeadingId = useId();
  useDocumentTitle();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <p>{t('home.vision')}</p>
      <section aria-labelledby={sdgHeadingId}>
        <h2 id={sdgHeadingId}>{t('sdgs.title')}</h2>
        <p>{t('sdgs.intro')}</p>
        <SdgList />
      </section>
    </>
  );
}
