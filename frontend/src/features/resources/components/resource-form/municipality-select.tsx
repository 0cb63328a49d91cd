import { FormSelect } from '../../../../components/form';
import { MunicipalityOptions } from '../../../../components/municipality-options';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import type { Municipality } from '../../model';
import type { FormField } from '../../validation';
import { useResourceField } from './field-ids';

/** A municipality from the vocabulary, or none. */
export function MunicipalitySelect({ field, label, municipalities }: { field: FormField; label: string; municipalities: readonly Municipality[] }) {
  const { t } = useI18n();
  const { bind } = useResourceField();
  return (
    <FormSelect {...bind(field)} label={label} empty={t('form.municipalityNone')}>
      <MunicipalityOptions municipalities={municipalities} />
    </FormSelect>
  );
}
