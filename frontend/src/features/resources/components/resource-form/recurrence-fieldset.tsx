import { useFormContext, useWatch } from 'react-hook-form';
import { describeField, FieldError, FormCheckbox, FormCheckboxGroup, FormSelect, FormTextField, useFieldError } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { FREQUENCIES, WEEKDAYS, type Weekday } from '../../model';
import { limitOf, occurrenceCount, type ResourceFormValues } from '../../validation';
import { useResourceField } from './field-ids';

// A change to any part of a recurrence may change the verdict on the whole (too many dates).
const WHOLE = { deps: ['event.repeats' as const] };

/** Whether and how an event repeats, with the number of dates it then has. */
export function RecurrenceFieldset() {
  const { t } = useI18n();
  const { bind, idOf } = useResourceField();
  const { register } = useFormContext<ResourceFormValues>();
  const event = useWatch<ResourceFormValues, 'event'>({ name: 'event' });
  const error = useFieldError('event.repeats');
  const { errorId } = describeField(idOf('event.recurrence'), error);
  const preview = occurrenceCount(event);
  const count = limitOf('event.recurrence.count');
  const interval = limitOf('event.recurrence.interval');
  return (
    <fieldset className="field-group" id={idOf('event.recurrence')} tabIndex={-1} aria-describedby={errorId}>
      <legend>{t('resourceForm.recurrence')}</legend>
      <FieldError id={errorId} text={error} />
      <FormCheckbox name="event.repeats" label={t('resourceForm.repeats')} />
      {event.repeats && (
        <>
          <div className="field-row">
            <FormSelect
              {...bind('event.recurrence.freq')}
              label={t('resourceForm.freq')}
              empty={t('resourceForm.choose')}
              required
              options={FREQUENCIES.map((freq) => ({ value: freq, label: t(`frequency.${freq}`) }))}
              rules={{ deps: ['event.repeats', 'event.byDay'] }}
            />
            <FormTextField
              {...bind('event.recurrence.interval')}
              label={t('resourceForm.interval')}
              hint={t('resourceForm.intervalHint')}
              type="number"
              min={interval?.minimum}
              max={interval?.maximum}
              inputMode="numeric"
              rules={WHOLE}
            />
          </div>
          {event.freq !== 'DAILY' && (
            <FormCheckboxGroup<ResourceFormValues, Weekday>
              {...bind('event.recurrence.byDay')}
              legend={t('resourceForm.byDay')}
              hint={t('resourceForm.byDayHint')}
              options={WEEKDAYS.map((day) => ({ value: day, label: t(`weekday.${day}`) }))}
              rules={WHOLE}
            />
          )}
          <fieldset className="field-group">
            <legend>{t('resourceForm.ends')}</legend>
            <div className="field field--checkbox">
              <label>
                <input type="radio" value="count" {...register('event.ends', WHOLE)} /> {t('resourceForm.endsCount')}
              </label>
            </div>
            <div className="field field--checkbox">
              <label>
                <input type="radio" value="until" {...register('event.ends', WHOLE)} /> {t('resourceForm.endsUntil')}
              </label>
            </div>
            {event.ends === 'count' ? (
              <FormTextField
                {...bind('event.recurrence.count')}
                label={t('resourceForm.count')}
                hint={t('resourceForm.countHint')}
                type="number"
                min={count?.minimum}
                max={count?.maximum}
                inputMode="numeric"
                required
                rules={WHOLE}
              />
            ) : (
              <FormTextField {...bind('event.recurrence.until')} label={t('resourceForm.until')} hint={t('resourceForm.untilHint')} type="date" required rules={WHOLE} />
            )}
          </fieldset>
          <FormTextField {...bind('event.recurrence.exceptions')} label={t('resourceForm.exceptions')} hint={t('resourceForm.exceptionsHint')} rules={WHOLE} />
          {preview !== undefined && (
            <p className="muted">{preview === 1 ? t('resourceForm.previewOne') : t('resourceForm.preview', { count: preview })}</p>
          )}
        </>
      )}
    </fieldset>
  );
}
