import { FormSelect, FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { EDUCATION_LEVELS, STUDY_MODES } from '../../model';
import { limitOf } from '../../validation';
import { useResourceField } from './field-ids';

/** An education's own fields: level, mode, credits, pace, start dates. */
export function EducationFieldset() {
  const { t } = useI18n();
  const { bind } = useResourceField();
  const pace = limitOf('education.pace');
  return (
    <fieldset>
      <legend>{t('resourceForm.education')}</legend>
      <div className="field-row">
        <FormSelect
          {...bind('education.level')}
          label={t('resourceForm.level')}
          empty={t('resourceForm.choose')}
          required
          options={EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`educationLevel.${level}`) }))}
        />
        <FormSelect
          {...bind('education.mode')}
          label={t('resourceForm.mode')}
          empty={t('resourceForm.choose')}
          required
          options={STUDY_MODES.map((mode) => ({ value: mode, label: t(`studyMode.${mode}`) }))}
        />
      </div>
      <div className="field-row">
        <FormTextField {...bind('education.credits')} label={t('resourceForm.credits')} hint={t('resourceForm.creditsHint')} inputMode="decimal" />
        <FormTextField {...bind('education.pace')} label={t('resourceForm.pace')} type="number" min={pace?.minimum} max={pace?.maximum} inputMode="numeric" />
      </div>
      <FormTextField {...bind('education.startDates')} label={t('resourceForm.startDates')} hint={t('resourceForm.datesHint')} />
      <div className="field-row">
        <FormTextField {...bind('education.applicationDeadline')} label={t('resourceForm.applicationDeadline')} type="date" />
        <FormTextField {...bind('education.language')} label={t('resourceForm.language')} hint={t('resourceForm.languageHint')} />
      </div>
    </fieldset>
  );
}
