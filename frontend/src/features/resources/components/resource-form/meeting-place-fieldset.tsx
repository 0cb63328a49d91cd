import { FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { useResourceField } from './field-ids';

/** A meeting place's own fields: address, opening hours, facilities, booking. */
export function MeetingPlaceFieldset() {
  const { t } = useI18n();
  const { bind } = useResourceField();
  return (
    <fieldset>
      <legend>{t('resourceForm.meetingPlace')}</legend>
      <FormTextField {...bind('meetingPlace.address')} label={t('resourceForm.address')} autoComplete="street-address" />
      <FormTextField {...bind('meetingPlace.openingHours')} label={t('resourceForm.openingHours')} />
      <FormTextField {...bind('meetingPlace.facilities')} label={t('resourceForm.facilities')} hint={t('resourceForm.commasHint')} />
      <FormTextField {...bind('meetingPlace.bookingUrl')} label={t('resourceForm.bookingUrl')} type="url" hint={t('resourceForm.urlHint')} />
    </fieldset>
  );
}
