import { FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { useResourceField } from './field-ids';

/** Whom to ask about the resource. */
export function ContactFieldset() {
  const { t } = useI18n();
  const { bind } = useResourceField();
  return (
    <fieldset>
      <legend>{t('resourceForm.contact')}</legend>
      <FormTextField {...bind('contact.name')} label={t('resourceForm.contactName')} autoComplete="name" />
      <FormTextField {...bind('contact.email')} label={t('resourceForm.contactEmail')} type="email" autoComplete="email" />
      <FormTextField {...bind('contact.phone')} label={t('resourceForm.contactPhone')} type="tel" autoComplete="tel" />
    </fieldset>
  );
}
