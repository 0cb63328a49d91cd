import { useId } from 'react';
import { ErrorMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useDownloadMyData } from '../api/download-my-data';

/** "Ladda ner mina data": the person's export (GDPR Articles 15 and 20), saved as the API names it. */
export function ExportMyData() {
  const { t } = useI18n();
  const headingId = useId();
  const download = useDownloadMyData();

  return (
    <section aria-labelledby={headingId} className="my-data__part">
      <h3 id={headingId}>{t('myData.export.title')}</h3>
      <p>{t('myData.export.intro')}</p>
      <button
        type="button"
        className="button"
        disabled={download.isPending}
        aria-busy={download.isPending || undefined}
        onClick={() => download.mutate()}
      >
        {t('myData.export.button')}
      </button>
      {/* One live region for progress and success, so each is announced once. */}
      <p role="status" className="status">
        {download.isPending
          ? t('myData.export.busy')
          : download.isSuccess
            ? t('myData.export.done', { fileName: download.data.fileName })
            : ''}
      </p>
      {download.isError && <ErrorMessage error={download.error} onRetry={() => download.mutate()} />}
    </section>
  );
}
