/**
 * An event's own fields: its times, its recurrence (ResourceService's bounds, hand-written: the
 * schema cannot say "at most 200 dates" or "until at most two years on"), venue and registration.
 */
import { addYears } from '../catalogue-filters';
import { isAttendanceMode, isEventStatus, isFrequency, WEEKDAYS, type Frequency, type Recurrence } from '../model';
import { createChecks, type Checks } from './checks';
import { EVENT_TIME_ZONE, type ResourceFormValues } from './form-values';
import { maxItemsOf } from './limits';
import { compact, isEmptyObject, isTimeZone, splitCommas, toLocalDateTime } from './parse';
import { occurrenceDates, RECURRENCE_YEARS } from './recurrence';

const LANGUAGE_CODE = /^[a-z]{2}$/;

type EventValues = ResourceFormValues['event'];

/** The recurrence as the API takes it, checking its parts; undefined when it does not repeat or is at fault. */
function validateRecurrence(e: EventValues, start: string | undefined, checks: Checks): Recurrence | undefined {
  const { errors, fail, requiredDate, dates, wholeInRange } = checks;
  let freq: Frequency | undefined;
  if (!isFrequency(e.freq)) fail('event.recurrence.freq', 'choose');
  else freq = e.freq;
  const interval = e.interval.trim() ? wholeInRange('event.recurrence.interval', e.interval, 'interval') : 1;
  const byDay = freq === 'DAILY' ? [] : e.byDay;
  if (e.byDay.length > 0 && freq === 'DAILY') fail('event.recurrence.byDay', 'byDayDaily');
  let count: number | undefined;
  let until: string | undefined;
  if (e.ends === 'count') {
    if (!e.count.trim()) fail('event.recurrence.count', 'required');
    else count = wholeInRange('event.recurrence.count', e.count, 'count');
  } else {
    until = requiredDate('event.recurrence.until', e.until);
    const startDate = start?.slice(0, 10);
    if (until && startDate) {
      if (until < startDate) fail('event.recurrence.until', 'untilBeforeStart');
      else if (until > addYears(startDate, RECURRENCE_YEARS)) fail('event.recurrence.until', 'untilTooLate');
    }
  }
  const exceptions = dates('event.recurrence.exceptions', e.exceptions);
  if (!freq) return undefined;
  const recurrence = compact({
    freq,
    interval: interval !== undefined && interval > 1 ? interval : undefined,
    byDay: byDay.length > 0 ? WEEKDAYS.filter((day) => byDay.includes(day)) : undefined,
    count,
    until,
    exceptions,
  });
  const bounded = Object.keys(errors).every((field) => !field.startsWith('event.recurrence'));
  if (start && bounded && !occurrenceDates(start.slice(0, 10), recurrence)) fail('event.recurrence', 'tooManyOccurrences');
  return recurrence;
}

/** The event object of a ResourceInput; `kept` holds what the form has no field for (a venue's place). */
export function validateEvent(e: EventValues, kept: Record<string, unknown>, checks: Checks): Record<string, unknown> {
  const { fail, optionalText, optionalUrl, optionalDate, municipality, wholeInRange } = checks;
  const start = e.start.trim() ? toLocalDateTime(e.start) : undefined;
  const end = e.end.trim() ? toLocalDateTime(e.end) : undefined;
  if (!e.start.trim()) fail('event.start', 'required');
  else if (!start) fail('event.start', 'dateTime');
  if (!e.end.trim()) fail('event.end', 'required');
  else if (!end) fail('event.end', 'dateTime');
  // An all-day event may end on the minute it starts (a one-day event written as one date).
  if (start && end && (e.allDay ? end < start : end <= start)) fail('event.end', 'endBeforeStart');
  const timeZone = e.timeZone.trim() || EVENT_TIME_ZONE;
  if (!isTimeZone(timeZone)) fail('event.timeZone', 'timeZone');

  const recurrence = e.repeats ? validateRecurrence(e, start, checks) : undefined;

  const capacity = wholeInRange('event.capacity', e.capacity, 'capacity');
  const languages = [...new Set(splitCommas(e.languages.toLowerCase()))];
  if (languages.some((code) => !LANGUAGE_CODE.test(code)) || languages.length > (maxItemsOf('event.languages') ?? 0)) {
    fail('event.languages', 'languages');
  }
  if (e.attendanceMode && !isAttendanceMode(e.attendanceMode)) fail('event.attendanceMode', 'choose');
  if (e.eventStatus && !isEventStatus(e.eventStatus)) fail('event.eventStatus', 'choose');

  const keptVenue = (kept.venue ?? {}) as Record<string, unknown>;
  const venue = compact({
    ...keptVenue,
    name: optionalText('event.venue.name', e.venueName),
    address: optionalText('event.venue.address', e.venueAddress),
    municipalityCode: municipality('event.venue.municipalityCode', e.venueMunicipalityCode),
  });
  return {
    start,
    end,
    timeZone,
    allDay: e.allDay || undefined,
    recurrence,
    venue: isEmptyObject(venue) ? undefined : venue,
    onlineUrl: optionalUrl('event.onlineUrl', e.onlineUrl),
    attendanceMode: e.attendanceMode || undefined,
    registrationUrl: optionalUrl('event.registrationUrl', e.registrationUrl),
    registrationDeadline: optionalDate('event.registrationDeadline', e.registrationDeadline),
    capacity,
    price: optionalText('event.price', e.price),
    languages: languages.length > 0 ? languages : undefined,
    eventStatus: e.eventStatus || undefined,
  };
}

/**
 * How many dates a repeating event's recurrence gives, for the form to say while it is filled
 * in; undefined while the event's own fields are at fault or it does not repeat.
 */
export function occurrenceCount(e: EventValues): number | undefined {
  if (!e.repeats) return undefined;
  const checks = createChecks({});
  const event = validateEvent(e, {}, checks);
  const recurrence = event.recurrence as Recurrence | undefined;
  const start = event.start as string | undefined;
  if (Object.keys(checks.errors).length > 0 || !recurrence || !start) return undefined;
  return occurrenceDates(start.slice(0, 10), recurrence)?.length;
}
