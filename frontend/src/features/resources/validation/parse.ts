/** Small parsers of what is typed: lists, tags, time zones, DOIs, local date-times, numbers. */
import { isIsoDate } from '../../../lib/url-filters';

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Items of a comma-separated text, trimmed, without blanks. */
export function splitCommas(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Items of a text with one a line, trimmed, without blanks. */
export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** As the server stores tags: trimmed, lower case, single spaces, each once. */
export function parseTags(value: string): string[] {
  return [...new Set(splitCommas(value).map((tag) => tag.replace(/\s+/g, ' ').toLocaleLowerCase('sv')))];
}

/** A time zone the server knows: an IANA name such as Europe/Stockholm (or UTC), as Intl knows it too. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The DOI alone, without the resolver or `doi:` in front of it. */
export function normaliseDoi(value: string): string {
  return value
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
}

/** A local date-time (datetime-local's value) with seconds, as the API writes it; undefined if it is not one. */
export function toLocalDateTime(value: string): string | undefined {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match || !isIsoDate(match[1]!)) return undefined;
  const [hours, minutes, seconds = '00'] = [match[2]!, match[3]!, match[4]];
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  return `${match[1]}T${hours}:${minutes}:${seconds}`;
}

/** A decimal number, accepting the Swedish decimal comma. */
export function parseDecimal(value: string): number | undefined {
  const normalised = value.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : undefined;
}

export function parseWhole(value: string): number | undefined {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** Drops the properties that are undefined, so that "not given" is absent from the JSON. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function isEmptyObject(value: object): boolean {
  return Object.keys(value).length === 0;
}
