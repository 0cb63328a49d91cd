/**
 * The collaborations directory's filters live in the URL's query string, with the API's own
 * parameter names (`sector` and `crosses` repeated), so a filtered view can be linked, bookmarked
 * and reached with Back. Values that cannot be right are dropped on the way in, so a hand-edited
 * link still shows a directory instead of the API's 400.
 */
import { COUNTY_CODE, type FilterCodec, filtersToUrl, isIsoDate, matching, MUNICIPALITY_CODE, periodError, SDG_NUMBER, UUID, VOCABULARY_CODE, withUrlFilter } from '../../lib/url-filters';
import {
  BOUNDARIES,
  isBoundary,
  isCollaborationKind,
  isCollaborationStatus,
  isSector,
  MAX_SCORE,
  SECTORS,
  type Boundary,
  type CollaborationKind,
  type CollaborationListQuery,
  type CollaborationStatus,
  type Sector,
} from './model';

export interface DirectoryFilters {
  q: string;
  /** The id of an actor that takes part. */
  actor?: string;
  /** Every one of these sectors takes part (repeatable). */
  sector: Sector[];
  county?: string;
  municipality?: string;
  /** An SDG number, 1–17, as the URL and the API write it. */
  sdg?: string;
  technologyArea?: string;
  /** An SSIF code of any level: an area (1 digit) matches its groups and subjects, a group (3) its subjects. */
  knowledgeArea?: string;
  kind?: CollaborationKind;
  status?: CollaborationStatus;
  /** Collaborations whose period overlaps from … to (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Every one of these boundaries is crossed (repeatable). */
  crosses: Boundary[];
  /** At least this many of the five boundaries crossed, '1'–'5'. */
  minScore?: string;
}

export type SingleFilterName = Exclude<keyof DirectoryFilters, 'sector' | 'crosses'>;
export type ListFilterName = 'sector' | 'crosses';

/** The order of the parameters in the URL, so that one view always has one address. */
const ORDER = [
  'q',
  'actor',
  'sector',
  'county',
  'municipality',
  'sdg',
  'technologyArea',
  'knowledgeArea',
  'kind',
  'status',
  'from',
  'to',
  'crosses',
  'minScore',
] as const satisfies readonly (keyof DirectoryFilters)[];

/** SSIF 2025: an area is one digit, a group three, a subject five. */
export const SSIF_CODE = /^\d(\d{2}(\d{2})?)?$/;
const SCORE = new RegExp(`^[1-${MAX_SCORE}]$`);

/** Each known value once, in the order of the enum (so one view has one address). */
function knownValues<T extends string>(values: readonly string[], known: readonly T[], is: (value: unknown) => value is T): T[] {
  const wanted = new Set(values.filter(is));
  return known.filter((value) => wanted.has(value));
}

export function filtersFromSearchParams(params: URLSearchParams): DirectoryFilters {
  const filters: DirectoryFilters = {
    q: params.get('q') ?? '',
    sector: knownValues(params.getAll('sector'), SECTORS, isSector),
    crosses: knownValues(params.getAll('crosses'), BOUNDARIES, isBoundary),
  };
  const set = (name: SingleFilterName, value: string | undefined) => {
    if (value) (filters as unknown as Record<string, string>)[name] = value;
  };
  set('actor', matching(params.get('actor'), UUID));
  set('county', matching(params.get('county'), COUNTY_CODE));
  set('municipality', matching(params.get('municipality'), MUNICIPALITY_CODE));
  set('sdg', matching(params.get('sdg'), SDG_NUMBER));
  set('technologyArea', matching(params.get('technologyArea'), VOCABULARY_CODE));
  set('knowledgeArea', matching(params.get('knowledgeArea'), SSIF_CODE));
  const kind = params.get('kind');
  if (isCollaborationKind(kind)) filters.kind = kind;
  const status = params.get('status');
  if (isCollaborationStatus(status)) filters.status = status;
  for (const name of ['from', 'to'] as const) {
    const value = params.get(name);
    if (value && isIsoDate(value)) filters[name] = value;
  }
  set('minScore', matching(params.get('minScore'), SCORE));
  return filters;
}

/** The query string for the filters: set ones only, always in the same order. */
export function filtersToSearchParams(filters: DirectoryFilters): URLSearchParams {
  return filtersToUrl(filters, ORDER);
}

export function hasActiveFilters(filters: DirectoryFilters): boolean {
  return filtersToSearchParams(filters).size > 0;
}

export { periodError };

/** The same filters as the API's query parameters; an impossible period leaves out its end. */
export function filtersToApiQuery(filters: DirectoryFilters): CollaborationListQuery {
  const query: CollaborationListQuery = {};
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.actor) query.actor = filters.actor;
  if (filters.sector.length > 0) query.sector = [...filters.sector];
  if (filters.county) query.county = filters.county;
  if (filters.municipality) query.municipality = filters.municipality;
  if (filters.sdg) query.sdg = Number(filters.sdg);
  if (filters.technologyArea) query.technologyArea = filters.technologyArea;
  if (filters.knowledgeArea) query.knowledgeArea = filters.knowledgeArea;
  if (filters.kind) query.kind = filters.kind;
  if (filters.status) query.status = filters.status;
  if (filters.from) query.from = filters.from;
  if (filters.to && !periodError(filters)) query.to = filters.to;
  if (filters.crosses.length > 0) query.crosses = [...filters.crosses];
  if (filters.minScore) query.minScore = Number(filters.minScore);
  return query;
}

const CODEC: FilterCodec<DirectoryFilters> = { fromSearchParams: filtersFromSearchParams, toSearchParams: filtersToSearchParams };

/**
 * The filters after one single-valued filter changed (an empty value clears it). Choosing a county
 * drops a municipality outside it.
 */
export function withFilter(
  filters: DirectoryFilters,
  name: SingleFilterName,
  value: string,
  countyOfMunicipality?: (code: string) => string | undefined,
): DirectoryFilters {
  return withUrlFilter(filters, name, value, CODEC, countyOfMunicipality);
}

/** The filters with one value of a repeatable filter (a sector, a boundary) switched on or off. */
export function withToggled(filters: DirectoryFilters, name: ListFilterName, value: string, on: boolean): DirectoryFilters {
  const params = filtersToSearchParams(filters);
  const values = params.getAll(name).filter((existing) => existing !== value);
  if (on) values.push(value);
  params.delete(name);
  for (const existing of values) params.append(name, existing);
  return filtersFromSearchParams(params);
}
