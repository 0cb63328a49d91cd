import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatCalendarDate, formatDateTime, formatOccurrence } from './format';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
import { translate, type MessageKey, type MessageParams } from './messages';

export const LANGUAGE_STORAGE_KEY = 'din.language';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDateTime: (value: Date | number) => string;
  /** A start and end in Swedish time, as one range. */
  formatOccurrence: (start: Date | number, end: Date | number, options?: { allDay?: boolean }) => string;
  /** A date without a time of day (YYYY-MM-DD). */
  formatCalendarDate: (isoDate: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled; the default language still works.
    return DEFAULT_LANGUAGE;
  }
}

function storeLanguage(language: Language) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered across visits then; nothing else depends on it.
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      formatDateTime: (date) => formatDateTime(date, language),
      formatOccurrence: (start, end, options) => formatOccurrence(start, end, language, options),
      formatCalendarDate: (date) => formatCalendarDate(date, language),
    }),
    [language, setLanguage],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nProvider>');
  return i18n;
}
