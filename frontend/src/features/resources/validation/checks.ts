/**
 * The small checks validate-resource.ts and validate-kinds.ts share: each records the first
 * problem of a field and returns the clean value, or undefined. Lengths and sizes come from the
 * generated LIMITS (limits.ts); formats from lib/validation/formats.
 */
import { isHttpUrl, URL_MAX } from '../../../lib/validation/formats';
import { isIsoDate } from '../../../lib/url-filters';
import type { FieldErrors, FormField, ResourceField, ValidationCode } from './fields';
import { itemMaxLengthOf, maxItemsOf, maxLengthOf, rangeOf } from './limits';
import { parseWhole, splitCommas } from './parse';

/** Known codes of the vocabularies and the caller's actors, when loaded; without them only the format is checked. */
export interface ValidationContext {
  municipalityCodes?: ReadonlySet<string>;
  technologyAreaCodes?: ReadonlySet<string>;
  /** The actors the caller may publish for. */
  actorIds?: ReadonlySet<string>;
}

export function createChecks(context: ValidationContext) {
  const errors: FieldErrors = {};
  const fail = (field: FormField, code: ValidationCode) => {
    errors[field] ??= code;
  };

  /** A trimmed optional text within its length, or undefined. */
  const optionalText = (field: ResourceField, value: string): string | undefined => {
    const trimmed = value.trim();
    if (!trimmed) return undefined;
    const max = maxLengthOf(field);
    if (max !== undefined && trimmed.length > max) {
      fail(field, 'tooLong');
      return undefined;
    }
    return trimmed;
  };
  const optionalUrl = (field: FormField, value: string): string | undefined => {
    const url = value.trim();
    if (!url) return undefined;
    if (url.length > (maxLengthOf(field) ?? URL_MAX) || !isHttpUrl(url)) {
      fail(field, 'url');
      return undefined;
    }
    return url;
  };
  const optionalDate = (field: ResourceField, value: string): string | undefined => {
    const date = value.trim();
    if (!date) return undefined;
    if (!isIsoDate(date)) {
      fail(field, 'date');
      return undefined;
    }
    return date;
  };
  const requiredDate = (field: ResourceField, value: string): string | undefined => {
    if (!value.trim()) {
      fail(field, 'required');
      return undefined;
    }
    return optionalDate(field, value);
  };
  /** A list within its size, each item within its length; undefined when empty. */
  const items = (field: ResourceField, parsed: string[]): string[] | undefined => {
    const maxItems = maxItemsOf(field);
    const maxLength = itemMaxLengthOf(field);
    if (maxItems !== undefined && parsed.length > maxItems) fail(field, 'tooMany');
    else if (maxLength !== undefined && parsed.some((item) => item.length > maxLength)) fail(field, 'itemTooLong');
    else if (parsed.length > 0) return parsed;
    return undefined;
  };
  const dates = (field: ResourceField, value: string): string[] | undefined => {
    const parsed = splitCommas(value);
    if (parsed.some((date) => !isIsoDate(date))) {
      fail(field, 'dates');
      return undefined;
    }
    return items(field, [...new Set(parsed)].sort());
  };
  const municipality = (field: ResourceField, value: string): string | undefined => {
    const code = value.trim();
    if (!code) return undefined;
    const known = context.municipalityCodes ? context.municipalityCodes.has(code) : true;
    if (!/^\d{4}$/.test(code) || !known) {
      fail(field, 'municipality');
      return undefined;
    }
    return code;
  };
  /** An optional whole number within the field's generated range; `code` names the problem. */
  const wholeInRange = (field: ResourceField, value: string, code: ValidationCode): number | undefined => {
    if (!value.trim()) return undefined;
    const n = parseWhole(value);
    const { min, max } = rangeOf(field);
    if (n === undefined || n < min || n > max) {
      fail(field, code);
      return undefined;
    }
    return n;
  };

  return { errors, fail, optionalText, optionalUrl, optionalDate, requiredDate, items, dates, municipality, wholeInRange };
}

export type Checks = ReturnType<typeof createChecks>;
