/**
 * The catalogue's filters live in the URL's query string, with the API's own parameter names, so
 * a filtered view can be linked, bookmarked and reached with Back. Values that cannot be right are
 * dropped on the way in, so a hand-edited link still shows a catalogue instead of the API's 400.
 */
import { COUNTY_CODE, type FilterCodec, filtersToUrl, isIsoDate, matching, MUNICIPALITY_CODE, SDG_NUMBER, UUID, VOCABULARY_CODE, withUrlFilter } from '../../lib/url-filters';
import {
  FAMILY_OF_KIND,
  isAccessCondition,
  isFamily,
  isResourceKind,
  type AccessCondition,
  type Family,
  type ResourceKind,
  type ResourceListQuery,
} from './model';

export interface CatalogueFilters {
  q: string;
  family?: Family;
  kind?: ResourceKind;
  technologyArea?: string;
  /** An SDG number, 1–17, as the URL and the API write it. */
  sdg?: string;
  county?: string;
  municipality?: string;
  access?: AccessCondition;
  tag?: string;
  /** Events with an occurrence on or after this date (YYYY-MM-DD, Swedish time). */
  from?: string;
  /** ... and on or before this date: inclusive here, while the API's `to` is exclusive. */
  to?: string;
  /** The id of a publishing or co-organising actor. */
  actor?: string;
}

export type CatalogueFilterName = keyof CatalogueFilters;

/** The order of the parameters in the URL, so that one view always has one address. */
const ORDER: readonly CatalogueFilterName[] = [
  'q',
  'family',
  'kind',
  'technologyArea',
  'sdg',
  'county',
  'municipality',
  'access',
  'tag',
  'from',
  'to',
  'actor',
];

export const TAG_MAX = 60;
/** The API's widest date range. */
export const RANGE_YEARS = 2;

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseIso(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function addDays(isoDate: string, days: number): string {
  const date = parseIso(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** As java.time's plusYears: 29 February becomes 28 February in a year without it. */
export function addYears(isoDate: string, years: number): string {
  const date = parseIso(isoDate);
  const month = date.getUTCMonth();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  if (date.getUTCMonth() !== month) date.setUTCDate(0);
  return toIso(date);
}

/** Today's date in Sweden, whatever the browser's zone. */
export function todayInStockholm(now: Date = new Date()): string {
  // sv-SE writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

export function filtersFromSearchParams(params: URLSearchParams): CatalogueFilters {
  const filters: CatalogueFilters = { q: params.get('q') ?? '' };
  const family = params.get('family');
  if (isFamily(family)) filters.family = family;
  const kind = params.get('kind');
  if (isResourceKind(kind)) filters.kind = kind;
  const technologyArea = matching(params.get('technologyArea'), VOCABULARY_CODE);
  if (technologyArea) filters.technologyArea = technologyArea;
  const sdg = matching(params.get('sdg'), SDG_NUMBER);
  if (sdg) filters.sdg = sdg;
  const county = matching(params.get('county'), COUNTY_CODE);
  if (county) filters.county = county;
  const municipality = matching(params.get('municipality'), MUNICIPALITY_CODE);
  if (municipality) filters.municipality = municipality;
  const access = params.get('access');
  if (isAccessCondition(access)) filters.access = access;
  const tag = params.get('tag')?.trim();
  if (tag && tag.length <= TAG_MAX) filters.tag = tag;
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name);
    if (value && isIsoDate(value)) filters[name] = value;
  }
  const actor = matching(params.get('actor'), UUID);
  if (actor) filters.actor = actor;
  return filters;
}

/** The query string for the filters: set ones only, always in the same order. */
export function filtersToSearchParams(filters: CatalogueFilters): URLSearchParams {
  return filtersToUrl(filters, ORDER);
}

export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return filtersToSearchParams(filters).size > 0;
}

export type DateRangeError = 'toBeforeFrom' | 'rangeTooLong';

/** What is wrong with the date range, if anything; `today` stands in for a missing `from`. */
export function dateRangeError(filters: CatalogueFilters, today: string = todayInStockholm()): DateRangeError | undefined {
  if (!filters.to) return undefined;
  const from = filters.from ?? today;
  if (filters.to < from) return 'toBeforeFrom';
  if (addDays(filters.to, 1) > addYears(from, RANGE_YEARS)) return 'rangeTooLong';
  return undefined;
}

/**
 * The same filters as the API's query parameters. The page's `to` includes its day, so the API
 * gets the next day (its `to` is exclusive); a range the API would refuse is left out, and the
 * form says why.
 */
export function filtersToApiQuery(filters: CatalogueFilters, today: string = todayInStockholm()): ResourceListQuery {
  const query: ResourceListQuery = {};
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.family) query.family = filters.family;
  if (filters.kind) query.kind = filters.kind;
  if (filters.technologyArea) query.technologyArea = filters.technologyArea;
  if (filters.sdg) query.sdg = filters.sdg;
  if (filters.county) query.county = filters.county;
  if (filters.municipality) query.municipality = filters.municipality;
  if (filters.access) query.access = filters.access;
  if (filters.tag) query.tag = filters.tag;
  if (filters.actor) query.actor = [filters.actor];
  if (filters.from) query.from = filters.from;
  if (filters.to && !dateRangeError(filters, today)) {
    // Without a start the API would count from this very moment; from today's start is what a
    // reader of "until 30 April" expects.
    query.from = filters.from ?? today;
    query.to = addDays(filters.to, 1);
  }
  return query;
}

const CODEC: FilterCodec<CatalogueFilters> = { fromSearchParams: filtersFromSearchParams, toSearchParams: filtersToSearchParams };

/**
 * The filters after one of them changed (an empty value clears it). Choosing a county drops a
 * municipality outside it; choosing a family drops a kind of the other family.
 */
export function withFilter(
  filters: CatalogueFilters,
  name: CatalogueFilterName,
  value: string,
  countyOfMunicipality?: (code: string) => string | undefined,
): CatalogueFilters {
  const next = withUrlFilter(filters, name, value, CODEC, countyOfMunicipality);
  if (name === 'family' && next.family && next.kind && FAMILY_OF_KIND[next.kind] !== next.family) {
    delete next.kind;
  }
  return next;
}
