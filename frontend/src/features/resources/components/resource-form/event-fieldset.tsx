import { FormCheckbox, FormSelect, FormTextField } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { ATTENDANCE_MODES, EVENT_STATUSES, type Municipality } from '../../model';
import { limitOf } from '../../validation';
import { useResourceField } from './field-ids';
import { MunicipalitySelect } from './municipality-select';
import { RecurrenceFieldset } from './recurrence-fieldset';

/** An event's own fields: when (and how it repeats), where, and how to take part. */
export function EventFieldset({ municipalities }: { municipalities: readonly Municipality[] }) {
  const { t } = useI18n();
  const { bind } = useResourceField();
  const capacity = limitOf('event.capacity');
  return (
    <fieldset>
      <legend>{t('resourceForm.event')}</legend>
      <div className="field-row">
        <FormTextField
          {...bind('event.start')}
          label={t('resourceForm.eventStart')}
          type="datetime-local"
          required
          hint={t('resourceForm.eventTimesHint')}
          // The end's verdict (after the start) and the recurrence's (its last date) follow the start.
          rules={{ deps: ['event.end', 'event.repeats', 'event.until'] }}
        />
        <FormTextField {...bind('event.end')} label={t('resourceForm.eventEnd')} type="datetime-local" required hint={t('resourceForm.eventTimesHint')} />
      </div>
      <FormCheckbox name="event.allDay" label={t('resourceForm.allDay')} rules={{ deps: ['event.end'] }} />
      <FormTextField {...bind('event.timeZone')} label={t('resourceForm.timeZone')} hint={t('resourceForm.timeZoneHint')} />

      <RecurrenceFieldset />

      <fieldset className="field-group">
        <legend>{t('resourceForm.venue')}</legend>
        <FormTextField {...bind('event.venue.name')} label={t('resourceForm.venueName')} />
        <FormTextField {...bind('event.venue.address')} label={t('resourceForm.venueAddress')} autoComplete="street-address" />
        <MunicipalitySelect field="event.venue.municipalityCode" label={t('resourceForm.venueMunicipality')} municipalities={municipalities} />
      </fieldset>
      <FormSelect
        {...bind('event.attendanceMode')}
        label={t('resourceForm.attendanceMode')}
        empty={t('resourceForm.notSet')}
        options={ATTENDANCE_MODES.map((mode) => ({ value: mode, label: t(`attendance.${mode}`) }))}
      />
      <FormTextField {...bind('event.onlineUrl')} label={t('resourceForm.onlineUrl')} type="url" hint={t('resourceForm.urlHint')} />
      <FormTextField {...bind('event.registrationUrl')} label={t('resourceForm.registrationUrl')} type="url" hint={t('resourceForm.urlHint')} />
      <div className="field-row">
        <FormTextField {...bind('event.registrationDeadline')} label={t('resourceForm.registrationDeadline')} type="date" />
        <FormTextField {...bind('event.capacity')} label={t('resourceForm.capacity')} type="number" min={capacity?.minimum} inputMode="numeric" />
      </div>
      <FormTextField {...bind('event.price')} label={t('resourceForm.price')} hint={t('resourceForm.priceHint')} />
      <FormTextField {...bind('event.languages')} label={t('resourceForm.languages')} hint={t('resourceForm.languagesHint')} />
      <FormSelect
        {...bind('event.eventStatus')}
        label={t('resourceForm.eventStatus')}
        empty={t('resourceForm.notSet')}
        options={EVENT_STATUSES.map((status) => ({ value: status, label: t(`eventStatus.${status}`) }))}
      />
    </fieldset>
  );
}
