/**
 * A recurring event's dates, as the server expands its RRULE: the form previews their number
 * and refuses a recurrence the server would refuse (more than MAX_OCCURRENCES, beyond two years).
 * These are ResourceService's rules, which openapi.yaml cannot express, so they stay written here.
 */
import { addDays, addYears } from '../catalogue-filters';
import { WEEKDAYS, type Recurrence, type Weekday } from '../model';

export const MAX_OCCURRENCES = 200;
export const RECURRENCE_YEARS = 2;

const DAY_MS = 86_400_000;
const WEEKDAY_OF_UTC_DAY: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

function weekdayOf(isoDate: string): Weekday {
  return WEEKDAY_OF_UTC_DAY[new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
}

/**
 * The dates a recurring event happens on, as the server expands its RRULE (RFC 5545, weeks from
 * Monday): from the start date, every `interval` days, weeks or months, on `byDay` (else the start's
 * weekday, or for MONTHLY its day of the month), until `count` or `until`, the start always first,
 * without the exceptions. Undefined when there would be more than 200.
 */
export function occurrenceDates(
  startDate: string,
  recurrence: Pick<Recurrence, 'freq' | 'interval' | 'byDay' | 'count' | 'until' | 'exceptions'>,
): string[] | undefined {
  const interval = recurrence.interval ?? 1;
  const byDay = recurrence.byDay?.length ? new Set(recurrence.byDay) : undefined;
  const start = dayNumber(startDate);
  const startMonday = start - ((WEEKDAYS.indexOf(weekdayOf(startDate)) + 7) % 7);
  const [startYear, startMonth, startDay] = startDate.split('-').map(Number) as [number, number, number];
  // The server looks two years and a day ahead at most, and stops after 201 dates.
  const last = recurrence.until ?? addDays(addYears(startDate, RECURRENCE_YEARS), 1);
  const matches = (date: string): boolean => {
    const day = dayNumber(date);
    switch (recurrence.freq) {
      case 'DAILY':
        return (day - start) % interval === 0;
      case 'WEEKLY':
        return Math.floor((day - startMonday) / 7) % interval === 0 && (byDay ?? new Set([weekdayOf(startDate)])).has(weekdayOf(date));
      case 'MONTHLY': {
        const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
        const months = (year - startYear) * 12 + (month - startMonth);
        return months % interval === 0 && (byDay ? byDay.has(weekdayOf(date)) : dayOfMonth === startDay);
      }
    }
  };
  const dates: string[] = [];
  for (let date = startDate; date <= last && dates.length <= MAX_OCCURRENCES; date = addDays(date, 1)) {
    if (!matches(date)) continue;
    dates.push(date);
    if (recurrence.count !== undefined && dates.length >= recurrence.count) break;
  }
  if (dates[0] !== startDate) dates.unshift(startDate);
  const exceptions = new Set(recurrence.exceptions ?? []);
  const kept = dates.filter((date) => !exceptions.has(date));
  return kept.length > MAX_OCCURRENCES ? undefined : kept;
}
