import { FormTextArea, FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { useResourceField } from './field-ids';

/** A support unit's own fields: its services, who may use them, what they cost. */
export function SupportUnitFieldset() {
  const { t } = useI18n();
  const { bind } = useResourceField();
  return (
    <fieldset>
      <legend>{t('resourceForm.supportUnit')}</legend>
      <FormTextArea {...bind('supportUnit.services')} label={t('resourceForm.services')} hint={t('resourceForm.linesHint')} />
      <FormTextArea {...bind('supportUnit.eligibility')} label={t('resourceForm.eligibility')} rows={3} />
      <FormTextField {...bind('supportUnit.costModel')} label={t('resourceForm.costModel')} />
    </fieldset>
  );
}
