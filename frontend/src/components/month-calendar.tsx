import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../lib/i18n/i18n-context';
import { LOCALES } from '../lib/i18n/languages';

/** One thing on one day of the calendar: a link with a short text (an event's title and time). */
export interface CalendarEntry {
  key: string;
  /** The day, YYYY-MM-DD, in Swedish time. */
  date: string;
  label: string;
  href: string;
  /** A time to show before the label ("18:00"), if any. */
  time?: string;
}

/*
 * Dates here are plain calendar days (YYYY-MM-DD strings and UTC-midnight Dates), so a
 * browser's own zone and summer time never shift a day; the caller turns instants into Swedish
 * days. No date library: the project has none and Intl covers the names.
 */

function utc(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM plus or minus some months. */
export function addMonths(month: string, months: number): string {
  const date = utc(`${month}-01`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return iso(date).slice(0, 7);
}

export function addDaysTo(isoDate: string, days: number): string {
  const date = utc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

/** The first and last day of a month (YYYY-MM). */
export function monthRange(month: string): { first: string; last: string } {
  return { first: `${month}-01`, last: addDaysTo(`${addMonths(month, 1)}-01`, -1) };
}

/** The month's days in weeks from Monday to Sunday; days of the neighbouring months are null. */
export function weeksOf(month: string): (string | null)[][] {
  const { first, last } = monthRange(month);
  // getUTCDay: 0 is Sunday; a Swedish week starts on Monday.
  const leading = (utc(first).getUTCDay() + 6) % 7;
  const days: (string | null)[] = Array.from({ length: leading }, () => null);
  for (let day = first; day <= last; day = addDaysTo(day, 1)) days.push(day);
  while (days.length % 7 !== 0) days.push(null);
  const weeks: (string | null)[][] = [];
  for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7));
  return weeks;
}

export interface MonthCalendarProps {
  /** The month shown, YYYY-MM. */
  month: string;
  entries: readonly CalendarEntry[];
  onMonthChange: (month: string) => void;
  /** Today in Swedish time (YYYY-MM-DD), marked in the grid. */
  today: string;
  /** Shown in place of the grid's cells' lists while the month's entries load. */
  busy?: boolean;
}

/**
 * A month as a grid of days (Monday first) with each day's entries as links. Keyboard: one day
 * is in the tab order; the arrow keys move a day or a week, Home and End to the week's ends, and
 * Page Up and Page Down to the previous or next month (as do the buttons above the grid). The
 * grid follows the ARIA grid pattern: rows of gridcells under column headers.
 */
export function MonthCalendar({ month, entries, onMonthChange, today, busy = false }: MonthCalendarProps) {
  const { t, language } = useI18n();
  const locale = LOCALES[language];
  const { first, last } = monthRange(month);
  const [focusDay, setFocusDay] = useState(() => (today >= first && today <= last ? today : first));
  // Only after a key press does focus follow the active day: a new month from the buttons
  // must not steal focus from them.
  const moveFocus = useRef(false);
  const grid = useRef<HTMLTableElement>(null);

  // The active day always lies in the month shown.
  const active = focusDay >= first && focusDay <= last ? focusDay : first;

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-date="${active}"]`)?.focus();
  }, [active]);

  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    if (entry.date < first || entry.date > last) continue;
    byDay.set(entry.date, [...(byDay.get(entry.date) ?? []), entry]);
  }
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(first));
  // Monday 2024-01-01 onwards gives the weekday names in order.
  const weekdays = [0, 1, 2, 3, 4, 5, 6].map((offset) => {
    const date = utc(addDaysTo('2024-01-01', offset));
    return {
      short: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(date),
      long: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date),
    };
  });
  const dayLabel = (day: string) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(day));

  function goTo(day: string) {
    moveFocus.current = true;
    setFocusDay(day);
    const target = day.slice(0, 7);
    if (target !== month) onMonthChange(target);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, day: string) {
    // Keys pressed on a link inside the cell are the link's (Enter follows it).
    if (event.target !== event.currentTarget) return;
    const weekday = (utc(day).getUTCDay() + 6) % 7;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDaysTo(day, -1),
      ArrowRight: () => addDaysTo(day, 1),
      ArrowUp: () => addDaysTo(day, -7),
      ArrowDown: () => addDaysTo(day, 7),
      Home: () => addDaysTo(day, -weekday),
      End: () => addDaysTo(day, 6 - weekday),
      PageUp: () => sameDayIn(addMonths(day.slice(0, 7), -1), day),
      PageDown: () => sameDayIn(addMonths(day.slice(0, 7), 1), day),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    goTo(move());
  }

  return (
    <div className="month-calendar">
      <div className="month-calendar__bar">
        <button type="button" className="button button--secondary" onClick={() => onMonthChange(addMonths(month, -1))}>
          <span aria-hidden="true">← </span>
          {t('calendar.previous')}
        </button>
        <h3 className="month-calendar__title" aria-live="polite">
          {monthName}
        </h3>
        <button type="button" className="button button--secondary" onClick={() => onMonthChange(addMonths(month, 1))}>
          {t('calendar.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <p className="visually-hidden">{t('calendar.keyboardHint')}</p>
      <table ref={grid} role="grid" className="month-calendar__grid" aria-label={monthName} aria-busy={busy || undefined}>
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th key={weekday.long} scope="col" abbr={weekday.long}>
                {weekday.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((day, index) => {
                if (!day) return <td key={`empty-${index}`} role="gridcell" className="month-calendar__day month-calendar__day--outside" />;
                const dayEntries = byDay.get(day) ?? [];
                return (
                  <td
                    key={day}
                    role="gridcell"
                    data-date={day}
                    tabIndex={day === active ? 0 : -1}
                    aria-current={day === today ? 'date' : undefined}
                    aria-label={`${dayLabel(day)}, ${t('calendar.eventsOn', { count: dayEntries.length })}`}
                    className={dayEntries.length > 0 ? 'month-calendar__day month-calendar__day--busy' : 'month-calendar__day'}
                    onKeyDown={(event) => onKeyDown(event, day)}
                    onFocus={(event) => {
                      if (event.target === event.currentTarget) setFocusDay(day);
                    }}
                  >
                    <span className="month-calendar__number" aria-hidden="true">
                      {Number(day.slice(8))}
                    </span>
                    {dayEntries.length > 0 && (
                      <ul className="month-calendar__entries">
                        {dayEntries.map((entry) => (
                          <li key={entry.key}>
                            <Link to={entry.href}>
                              {entry.time && <><span className="month-calendar__time">{entry.time}</span> </>}
                              {entry.label}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {!busy && byDay.size === 0 && <p className="muted">{t('calendar.noEvents')}</p>}
    </div>
  );
}

/** The same day of the month in another month, or that month's last day (31 January → 28 February). */
function sameDayIn(month: string, day: string): string {
  const { last } = monthRange(month);
  const candidate = `${month}-${day.slice(8)}`;
  return candidate > last ? last : candidate;
}
