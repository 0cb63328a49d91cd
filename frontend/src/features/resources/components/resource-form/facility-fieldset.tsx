import { useId } from 'react';
import { FormSelect, FormTextArea, FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { ACCESS_CONDITIONS } from '../../model';
import { limitOf } from '../../validation';
import { useResourceField } from './field-ids';

/** A testbed's, facility's or lab's own fields: access, TRL range, what it offers. */
export function FacilityFieldset() {
  const { t } = useI18n();
  const { bind } = useResourceField();
  const hintId = useId();
  const trl = limitOf('facility.trlMin');
  return (
    <fieldset>
      <legend>{t('resourceForm.facility')}</legend>
      <FormSelect
        {...bind('facility.accessCondition')}
        label={t('resourceForm.accessCondition')}
        empty={t('resourceForm.choose')}
        required
        options={ACCESS_CONDITIONS.map((access) => ({ value: access, label: t(`access.${access}`) }))}
      />
      <fieldset className="field-group" aria-describedby={hintId}>
        <legend>{t('resourceForm.trl')}</legend>
        <p id={hintId} className="field__hint">
          {t('resourceForm.trlHint')}
        </p>
        <div className="field-row">
          <FormTextField
            {...bind('facility.trlMin')}
            label={t('resourceForm.trlMin')}
            type="number"
            min={trl?.minimum}
            max={trl?.maximum}
            inputMode="numeric"
            rules={{ deps: ['facility.trlMax'] }}
          />
          <FormTextField {...bind('facility.trlMax')} label={t('resourceForm.trlMax')} type="number" min={trl?.minimum} max={trl?.maximum} inputMode="numeric" />
        </div>
      </fieldset>
      <FormTextArea {...bind('facility.equipment')} label={t('resourceForm.equipment')} hint={t('resourceForm.linesHint')} />
      <FormTextArea {...bind('facility.useCases')} label={t('resourceForm.useCases')} hint={t('resourceForm.linesHint')} />
      <FormTextArea {...bind('facility.datasets')} label={t('resourceForm.datasets')} hint={t('resourceForm.linesHint')} />
      <FormTextField {...bind('facility.costModel')} label={t('resourceForm.costModel')} />
      <FormTextField {...bind('facility.bookingUrl')} label={t('resourceForm.bookingUrl')} type="url" hint={t('resourceForm.urlHint')} />
    </fieldset>
  );
}
