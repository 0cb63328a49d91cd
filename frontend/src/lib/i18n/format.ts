import { LOCALES, type Language } from './languages';

/** Every date on the platform is shown in Swedish time, whatever the browser's zone. */
export const TIME_ZONE = 'Europe/Stockholm';

export function formatDateTime(value: Date | number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(value);
}

/**
 * When something happens, in Swedish time: "måndag 6 april 2026 10:00–12:00", across days
 * "måndag 6 april 2026 kl. 10:00–tisdag 7 april 2026 kl. 12:00"; without clock times all day.
 */
export function formatOccurrence(
  start: Date | number,
  end: Date | number,
  language: Language,
  options: { allDay?: boolean } = {},
): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(options.allDay ? {} : { hour: '2-digit', minute: '2-digit' }),
    timeZone: TIME_ZONE,
  });
  return format.formatRange(start, end);
}

/**
 * A calendar date without a time (2026-04-06), as a date is written in the language. It belongs to
 * no time zone, so it is formatted as the same day in UTC rather than shifted into Swedish time.
 */
export function formatCalendarDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
