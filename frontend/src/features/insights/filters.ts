/**
 * The dashboard's filters live in the URL's query string with the insights API's own parameter
 * names, so a view can be shared, bookmarked and reached with Back, and the CSV links carry the
 * same string. Values that cannot be right are dropped on the way in, so a hand-edited link still
 * shows the dashboard instead of the API's 400.
 */
import { COUNTY_CODE, filtersToUrl, isIsoDate, matching, MUNICIPALITY_CODE, periodError, SDG_NUMBER, VOCABULARY_CODE } from '../../lib/url-filters';
import { isSector, type CsvFigure, type Sector } from './model';

export interface InsightFilters {
  from?: string;
  to?: string;
  county?: string;
  municipality?: string;
  /** An SDG number, 1–17, as the URL and the API write it. */
  sdg?: string;
  technologyArea?: string;
  /** An SSIF code: an area (1 digit), a group (3) or a subject (5); a code matches those under it. */
  knowledgeArea?: string;
  sector?: Sector;
}

export type FilterName = keyof InsightFilters;

/** The order of the parameters in the URL, so that one view always has one address. */
export const FILTER_NAMES = [
  'from',
  'to',
  'county',
  'municipality',
  'sdg',
  'technologyArea',
  'knowledgeArea',
  'sector',
] as const satisfies readonly FilterName[];

/** SSIF 2025: an area is one digit, a group three, a subject five. */
const SSIF_CODE = /^\d(\d{2}(\d{2})?)?$/;

const PATTERNS: Record<Exclude<FilterName, 'from' | 'to' | 'sector'>, RegExp> = {
  county: COUNTY_CODE,
  municipality: MUNICIPALITY_CODE,
  sdg: SDG_NUMBER,
  technologyArea: VOCABULARY_CODE,
  knowledgeArea: SSIF_CODE,
};

export function filtersFromSearchParams(params: URLSearchParams): InsightFilters {
  const filters: InsightFilters = {};
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name);
    if (value && isIsoDate(value)) filters[name] = value;
  }
  for (const [name, pattern] of Object.entries(PATTERNS) as [keyof typeof PATTERNS, RegExp][]) {
    const value = matching(params.get(name), pattern);
    if (value) filters[name] = value;
  }
  const sector = params.get('sector');
  if (isSector(sector)) filters.sector = sector;
  return filters;
}

/** The query string for the filters: set ones only, always in the same order. */
export function filtersToSearchParams(filters: InsightFilters): URLSearchParams {
  return filtersToUrl(filters, FILTER_NAMES);
}

export { periodError };

/** The filters as the API's query: the URL's parameters, without an impossible end of period. */
export function filtersToApiQuery(filters: InsightFilters): InsightFilters {
  const query: InsightFilters = { ...filters };
  if (periodError(filters)) delete query.to;
  return query;
}

/**
 * The filters after one of them changed (an empty value clears it), through the URL so the same
 * checks apply as to a link. Choosing a county drops a municipality outside it.
 */
export function withFilter(
  filters: InsightFilters,
  name: FilterName,
  value: string,
  countyOfMunicipality?: (code: string) => string | undefined,
): InsightFilters {
  const params = filtersToSearchParams(filters);
  if (value) params.set(name, value);
  else params.delete(name);
  const next = filtersFromSearchParams(params);
  if (name === 'county' && next.county && next.municipality && countyOfMunicipality?.(next.municipality) !== next.county) {
    delete next.municipality;
  }
  return next;
}

/** The link that downloads a figure as CSV with the filters on screen (`format=csv`: a plain link cannot send Accept). */
export function csvHref(apiUrl: string, figure: CsvFigure, filters: InsightFilters): string {
  const params = filtersToSearchParams(filtersToApiQuery(filters));
  params.set('format', 'csv');
  return `${apiUrl}/api/v1/insights/${figure}?${params.toString()}`;
}
