import { FormTextArea, FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { useResourceField } from './field-ids';

/** Title, summary and body, each in Swedish and English. */
export function BasicsFieldset() {
  const { t } = useI18n();
  const { bind } = useResourceField();
  return (
    <fieldset>
      <legend>{t('resourceForm.basics')}</legend>
      <FormTextField {...bind('title.sv')} label={t('resourceForm.titleSv')} hint={t('resourceForm.titleHint')} lang="sv" />
      {/* A title in either language will do: the Swedish one's "give a title" follows the English one. */}
      <FormTextField {...bind('title.en')} label={t('resourceForm.titleEn')} lang="en" rules={{ deps: ['titleSv'] }} />
      <FormTextArea {...bind('summary.sv')} label={t('resourceForm.summarySv')} hint={t('resourceForm.summaryHint')} lang="sv" rows={3} />
      <FormTextArea {...bind('summary.en')} label={t('resourceForm.summaryEn')} hint={t('resourceForm.summaryHint')} lang="en" rows={3} />
      <FormTextArea {...bind('body.sv')} label={t('resourceForm.bodySv')} hint={t('resourceForm.bodyHint')} lang="sv" rows={8} />
      <FormTextArea {...bind('body.en')} label={t('resourceForm.bodyEn')} hint={t('resourceForm.bodyHint')} lang="en" rows={8} />
    </fieldset>
  );
}
