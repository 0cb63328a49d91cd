import { FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { useResourceField } from './field-ids';

/** A seminar series' own fields: its topic and how often it meets. */
export function SeminarSeriesFieldset() {
  const { t } = useI18n();
  const { bind } = useResourceField();
  return (
    <fieldset>
      <legend>{t('resourceForm.seminarSeries')}</legend>
      <FormTextField {...bind('seminarSeries.topic')} label={t('resourceForm.topic')} />
      <FormTextField {...bind('seminarSeries.cadence')} label={t('resourceForm.cadence')} hint={t('resourceForm.cadenceHint')} />
    </fieldset>
  );
}
