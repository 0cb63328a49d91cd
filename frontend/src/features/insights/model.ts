/**
 * The insights API's shapes (see INSIGHTS-CONTRACT / openapi.yaml): every figure answers an envelope
 * of flat rows, the network its nodes and edges.
 */

export type Sector = 'BUSINESS' | 'ACADEMIA' | 'PUBLIC' | 'CIVIL';
export const SECTORS: readonly Sector[] = ['BUSINESS', 'ACADEMIA', 'PUBLIC', 'CIVIL'];
export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

export interface InsightFiltersEcho {
  from?: string;
  to?: string;
  county?: string;
  municipality?: string;
  sdg?: number;
  technologyArea?: string;
  knowledgeArea?: string;
  sector?: Sector;
}

export interface Envelope<R> {
  figure: string;
  filters: InsightFiltersEcho;
  computedAt: string;
  rows: R[];
}

export interface ActorsBySectorRow { sector: Sector; actors: number }
export interface ActorsByKindRow { kind: string; sector: Sector; actors: number }
export interface ActorsByCountyRow { countyCode: string; countyName: string; actors: number }
export interface ActorsByMunicipalityRow { municipalityCode: string; municipalityName: string; countyCode: string; actors: number }
export interface ActorsJoinedRow { month: string; joined: number; total: number }
export interface ResourcesPublishedRow { month: string; family: string; kind: string; published: number }
export interface CollaborationIntensityRow { month: string; active: number; started: number }
export interface BoundaryCrossingRow {
  month: string;
  collaborations: number;
  sector: number;
  organisation: number;
  place: number;
  knowledge: number;
  technology: number;
  tripleHelix: number;
  quadrupleHelix: number;
}
export interface BoundaryScoresRow { score: number; collaborations: number; share: number }
export interface SdgCoverageRow { sdg: number; nameSv: string; nameEn: string; resources: number; collaborations: number; covered: boolean }
export interface TechnologyAreasRow { code: string; nameSv: string; nameEn: string; actors: number; resources: number; collaborations: number }
export interface KnowledgeAreasRow { code: string; nameSv: string; nameEn: string; areaCode: string; collaborations: number }
export interface AreaCoOccurrenceRow {
  kindA: string;
  codeA: string;
  nameSvA: string;
  nameEnA: string;
  kindB: string;
  codeB: string;
  nameSvB: string;
  nameEnB: string;
  collaborations: number;
}
export interface MunicipalityLinksRow {
  fromCode: string;
  fromName: string;
  fromLatitude?: number | null;
  fromLongitude?: number | null;
  toCode: string;
  toName: string;
  toLatitude?: number | null;
  toLongitude?: number | null;
  collaborations: number;
}
export interface SynergyRow {
  year: number;
  observations: number;
  hSector: number;
  hPlace: number;
  hTechnology: number;
  hSectorPlace: number;
  hSectorTechnology: number;
  hPlaceTechnology: number;
  hSectorPlaceTechnology: number;
  t: number;
}
export interface NetworkNode {
  id: string;
  slug: string;
  name: string;
  kind: string;
  sector: Sector;
  municipalityCode?: string | null;
  countyCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  collaborations: number;
  partners: number;
  sectorsBridged: number;
  betweenness: number;
  coordinator: number;
  gatekeeper: number;
  representative: number;
  itinerant: number;
  liaison: number;
}
export interface NetworkEdge { source: string; target: string; weight: number }
export interface Network {
  filters: InsightFiltersEcho;
  computedAt: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Each figure's path under /api/v1/insights/ and the row it answers. */
export interface FigureRows {
  'actors-by-sector': ActorsBySectorRow;
  'actors-by-kind': ActorsByKindRow;
  'actors-by-county': ActorsByCountyRow;
  'actors-by-municipality': ActorsByMunicipalityRow;
  'actors-joined': ActorsJoinedRow;
  'resources-published': ResourcesPublishedRow;
  'collaboration-intensity': CollaborationIntensityRow;
  'boundary-crossing': BoundaryCrossingRow;
  'boundary-scores': BoundaryScoresRow;
  'sdg-coverage': SdgCoverageRow;
  'technology-areas': TechnologyAreasRow;
  'knowledge-areas': KnowledgeAreasRow;
  'area-co-occurrence': AreaCoOccurrenceRow;
  'municipality-links': MunicipalityLinksRow;
  synergy: SynergyRow;
}
export type FigureName = keyof FigureRows;
/** Figures and the network: what a CSV link can name. */
export type CsvFigure = FigureName | 'network';

import type { components } from '../../lib/api/schema';

/** The vocabularies the filters offer, fed by the app from the vocabularies feature. */
export interface InsightVocabularies {
  /** Undefined while loading or after a failure. */
  municipalities: components['schemas']['Municipality'][] | undefined;
  technologyAreas: components['schemas']['TechnologyArea'][] | undefined;
  sdgs: components['schemas']['Sdg'][] | undefined;
  knowledgeAreas: components['schemas']['KnowledgeArea'][] | undefined;
  /** The first failure, if any. */
  error: unknown;
  retry(): void;
}

/** Where an actor's page is: the app layer knows the actor pages' URLs, this feature does not. */
export type ActorHref = (slug: string) => string;
