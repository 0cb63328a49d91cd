import { FormCheckbox, FormTextArea, FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { useResourceField } from './field-ids';

/** A research result's own fields: authors, date, DOI, where to read it. */
export function ResearchResultFieldset() {
  const { t } = useI18n();
  const { bind } = useResourceField();
  return (
    <fieldset>
      <legend>{t('resourceForm.researchResult')}</legend>
      <FormTextArea {...bind('researchResult.authors')} label={t('resourceForm.authors')} hint={t('resourceForm.linesHint')} required rows={3} />
      <FormTextField {...bind('researchResult.date')} label={t('resourceForm.researchDate')} type="date" required />
      <FormTextField {...bind('researchResult.doi')} label={t('resourceForm.doi')} hint={t('resourceForm.doiHint')} />
      <FormTextField {...bind('researchResult.url')} label={t('resourceForm.researchUrl')} type="url" hint={t('resourceForm.urlHint')} />
      <FormCheckbox name="researchResult.openAccess" label={t('resourceForm.openAccess')} />
    </fieldset>
  );
}
