import type { Language } from '../../lib/i18n/languages';

/** A month of a series (YYYY-MM) as the first instant of it, for the charts' time axis (Plot reads dates as UTC). */
export function monthDate(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

/** Counts as the language writes them. */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB').format(value);
}

/** A share 0..1 as a percentage with at most one decimal. */
export function formatShare(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A decimal such as an entropy in bits, with up to three decimals. */
export function formatDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 3 }).format(value);
}

/** The name in the reader's language, the other when it is missing. */
export function localName(row: { nameSv: string; nameEn: string }, language: Language): string {
  return (language === 'en' ? row.nameEn || row.nameSv : row.nameSv || row.nameEn) ?? '';
}

/**
 * The time axis of a monthly series: from the first month's start to the last month's end, ticks on
 * whole months (every 3 months, or years, when the series is long), written YYYY-MM like the table.
 */
export function monthAxis(months: readonly string[]) {
  if (months.length === 0) return { type: 'utc' as const, label: null };
  const first = monthDate(months[0]!);
  const last = monthDate(months[months.length - 1]!);
  const end = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1));
  const ticks = months.length <= 12 ? 'month' : months.length <= 36 ? '3 months' : 'year';
  return { type: 'utc' as const, label: null, domain: [first, end], ticks, tickFormat: months.length <= 36 ? '%Y-%m' : '%Y' };
}
