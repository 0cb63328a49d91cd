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
