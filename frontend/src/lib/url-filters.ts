/**
 * What the directories' and the catalogue's URL filters share: a filtered view lives in the query
 * string (so it can be linked, bookmarked and reached with Back), and values that cannot be right
 * are dropped on the way in, so a hand-edited link still shows a list instead of the API's 400.
 * Each feature keeps its own filter names, order and rules; this is the part that is the same.
 */

/** A county code, two digits (SCB). */
export const COUNTY_CODE = /^\d{2}$/;
/** A municipality code, four digits (SCB). */
export const MUNICIPALITY_CODE = /^\d{4}$/;
/** A vocabulary code such as a technology area: lower-case words joined by hyphens. */
export const VOCABULARY_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** An SDG number, 1–17. */
export const SDG_NUMBER = /^(1[0-7]|[1-9])$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The parameter's value when it has the expected form, else undefined (dropped). */
export function matching(value: string | null, pattern: RegExp): string | undefined {
  return value !== null && pattern.test(value) ? value : undefined;
}

/** How one feature's filters go to and from the query string. */
export interface FilterCodec<F> {
  fromSearchParams: (params: URLSearchParams) => F;
  toSearchParams: (filters: F) => URLSearchParams;
}

/** The fields every filter set has: the search text, and perhaps a county and a municipality. */
interface PlaceFilters {
  q: string;
  county?: string;
  municipality?: string;
}

/**
 * The filters after one single-valued filter changed (an empty value clears it), through the URL
 * so the same checks apply as to a link. The search text keeps its spaces while someone is typing;
 * choosing a county drops a municipality outside it.
 */
export function withUrlFilter<F extends PlaceFilters>(
  filters: F,
  name: string,
  value: string,
  codec: FilterCodec<F>,
  countyOfMunicipality?: (code: string) => string | undefined,
): F {
  const params = codec.toSearchParams(filters);
  if (value) params.set(name, value);
  else params.delete(name);
  const next = codec.fromSearchParams(params);
  if (name === 'q') next.q = value;
  if (name === 'county' && next.county && next.municipality && countyOfMunicipality) {
    if (countyOfMunicipality(next.municipality) !== next.county) delete next.municipality;
  }
  return next;
}

/**
 * The query string for a feature's filters: set ones only, always in the feature's `order` (so a
 * link reads the same however it was made); the search text trimmed, a list filter repeated.
 */
export function filtersToUrl<F extends object>(filters: F, order: readonly (keyof F & string)[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of order) {
    const value: unknown = filters[name];
    if (Array.isArray(value)) {
      for (const item of value) params.append(name, String(item));
    } else if (typeof value === 'string') {
      const text = name === 'q' ? value.trim() : value;
      if (text) params.set(name, text);
    }
  }
  return params;
}

/** A period that ends before it starts matches nothing: the form says so and the API is not asked with its end. */
export function periodError(filters: { from?: string; to?: string }): 'toBeforeFrom' | undefined {
  return filters.from && filters.to && filters.to < filters.from ? 'toBeforeFrom' : undefined;
}
