import { FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { useResourceField } from './field-ids';

/** A horizon scan's own fields: when and by whom it was published, its themes, the document. */
export function HorizonScanFieldset() {
  const { t } = useI18n();
  const { bind } = useResourceField();
  return (
    <fieldset>
      <legend>{t('resourceForm.horizonScan')}</legend>
      <FormTextField {...bind('horizonScan.publicationDate')} label={t('resourceForm.publicationDate')} type="date" required />
      <FormTextField {...bind('horizonScan.publisher')} label={t('resourceForm.publisherName')} />
      <FormTextField {...bind('horizonScan.themes')} label={t('resourceForm.themes')} hint={t('resourceForm.commasHint')} />
      <FormTextField {...bind('horizonScan.documentUrl')} label={t('resourceForm.documentUrl')} type="url" hint={t('resourceForm.urlHint')} />
    </fieldset>
  );
}
