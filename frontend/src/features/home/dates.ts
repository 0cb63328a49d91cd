/** Calendar dates (YYYY-MM-DD) for the API's from parameters, in Swedish time like every date on the platform. */
import { TIME_ZONE } from '../../lib/i18n/format';

export function isoDate(day: Date): string {
  // Swedish locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
}

/** Today, for "upcoming". */
export function today(now: Date = new Date()): string {
  return isoDate(now);
}

/** The same day a year ago, for "the last year". */
export function aYearAgo(now: Date = new Date()): string {
  const then = new Date(now);
  then.setFullYear(then.getFullYear() - 1);
  return isoDate(then);
}
