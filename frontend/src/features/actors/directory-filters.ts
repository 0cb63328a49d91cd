/**
 * The directory's filters live in the URL's query string, so a filtered view can be linked,
 * bookmarked and reached with Back. Values that cannot be right are dropped on the way in, so a
 * hand-edited link still shows a directory instead of the API's 400.
 */
import { COUNTY_CODE, type FilterCodec, filtersToUrl, matching, MUNICIPALITY_CODE, VOCABULARY_CODE, withUrlFilter } from '../../lib/url-filters';
import { isActorKind, isSector, SECTOR_OF_KIND, type ActorKind, type ActorListQuery, type Sector } from './model';

export interface DirectoryFilters {
  q: string;
  sector?: Sector;
  kind?: ActorKind;
  county?: string;
  municipality?: string;
  technologyArea?: string;
}

/** The filter names, which are also the URL's and the API's query parameters. */
export type FilterName = keyof DirectoryFilters;


export function filtersFromSearchParams(params: URLSearchParams): DirectoryFilters {
  const sector = params.get('sector');
  const kind = params.get('kind');
  const filters: DirectoryFilters = { q: params.get('q') ?? '' };
  if (isSector(sector)) filters.sector = sector;
  if (isActorKind(kind)) filters.kind = kind;
  const county = matching(params.get('county'), COUNTY_CODE);
  if (county) filters.county = county;
  const municipality = matching(params.get('municipality'), MUNICIPALITY_CODE);
  if (municipality) filters.municipality = municipality;
  const technologyArea = matching(params.get('technologyArea'), VOCABULARY_CODE);
  if (technologyArea) filters.technologyArea = technologyArea;
  return filters;
}

const ORDER: readonly FilterName[] = ['q', 'sector', 'kind', 'county', 'municipality', 'technologyArea'];

/** The query string for the filters: set ones only, always in the same order. */
export function filtersToSearchParams(filters: DirectoryFilters): URLSearchParams {
  return filtersToUrl(filters, ORDER);
}

/** The same filters as the API's query parameters (the names are the same on purpose). */
export function filtersToApiQuery(filters: DirectoryFilters): ActorListQuery {
  const query: ActorListQuery = {};
  const q = filters.q.trim();
  if (q) query.q = q;
  if (filters.sector) query.sector = filters.sector;
  if (filters.kind) query.kind = filters.kind;
  if (filters.county) query.county = filters.county;
  if (filters.municipality) query.municipality = filters.municipality;
  if (filters.technologyArea) query.technologyArea = filters.technologyArea;
  return query;
}

export function hasActiveFilters(filters: DirectoryFilters): boolean {
  return filtersToSearchParams(filters).size > 0;
}

const CODEC: FilterCodec<DirectoryFilters> = { fromSearchParams: filtersFromSearchParams, toSearchParams: filtersToSearchParams };

/**
 * The filters after one of them changed (an empty value clears it). Choosing a county drops a
 * municipality outside it; choosing a sector drops a kind of another sector.
 */
export function withFilter(
  filters: DirectoryFilters,
  name: FilterName,
  value: string,
  countyOfMunicipality?: (code: string) => string | undefined,
): DirectoryFilters {
  const next = withUrlFilter(filters, name, value, CODEC, countyOfMunicipality);
  if (name === 'sector' && next.sector && next.kind && SECTOR_OF_KIND[next.kind] !== next.sector) {
    delete next.kind;
  }
  return next;
}
