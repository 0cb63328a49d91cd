import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, formatOccurrence } from './format';

// The words around the time ("kl.", "at") differ between ICU versions; the clock must not.
describe('formatDateTime', () => {
  it('shows Swedish summer time (UTC+2) in Swedish', () => {
    const text = formatDateTime(new Date('2025-06-01T10:00:00Z'), 'sv');
    expect(text).toContain('1 juni 2025');
    expect(text).toMatch(/\b12:00\b/);
  });

  it('shows Swedish winter time (UTC+1) in English, across midnight', () => {
    const text = formatDateTime(new Date('2025-01-15T23:30:00Z'), 'en');
    expect(text).toContain('16 January 2025');
    expect(text).toMatch(/\b00:30\b/);
  });
});

describe('formatOccurrence', () => {
  it('shows a start and end on one day in Swedish time, whatever the offset it came with', () => {
    const text = formatOccurrence(new Date('2026-04-06T08:00:00Z'), new Date('2026-04-06T10:00:00Z'), 'sv');
    expect(text).toContain('måndag 6 april 2026');
    expect(text).toMatch(/10:00\s?–\s?12:00/);
  });

  it('names both days when it runs across midnight, and no times all day', () => {
    const text = formatOccurrence(new Date('2026-01-15T21:00:00Z'), new Date('2026-01-16T01:00:00Z'), 'en');
    expect(text).toContain('15 January 2026');
    expect(text).toContain('16 January 2026');
    expect(text).toMatch(/\b22:00\b/);
    const allDay = formatOccurrence(new Date('2026-06-05T22:00:00Z'), new Date('2026-06-06T21:59:00Z'), 'sv', { allDay: true });
    expect(allDay).toBe('lördag 6 juni 2026');
  });
});

describe('formatCalendarDate', () => {
  it('writes a date as it is, in either language', () => {
    expect(formatCalendarDate('2026-08-31', 'sv')).toBe('31 augusti 2026');
    expect(formatCalendarDate('2026-08-31', 'en')).toBe('31 August 2026');
    expect(formatCalendarDate('someday', 'en')).toBe('someday');
  });
});
