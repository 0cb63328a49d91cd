import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

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
