/**
 * The insights API's shapes (openapi.yaml): every figure answers an envelope of flat rows, the
 * network its nodes and edges.
 */
import type { components } from '../../lib/api/schema';

type Schemas = components['schemas'];

export type Sector = Schemas['Sector'];
export const SECTORS: readonly Sector[] = ['BUSINESS', 'ACADEMIA', 'PUBLIC', 'CIVIL'];
export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

export type InsightFiltersEcho = Schemas['InsightFilters'];

export interface Envelope<R> {
  figure: string;
  filters: InsightFiltersEcho;
  computedAt: string;
  rows: R[];
}

export type ActorsBySectorRow = Schemas['ActorsBySectorRow'];
export type ActorsByKindRow = Schemas['ActorsByKindRow'];
export type ActorsByCountyRow = Schemas['ActorsByCountyRow'];
export type ActorsByMunicipalityRow = Schemas['ActorsByMunicipalityRow'];
export type ActorsJoinedRow = Schemas['ActorsJoinedRow'];
export type ResourcesPublishedRow = Schemas['ResourcesPublishedRow'];
export type CollaborationIntensityRow = Schemas['CollaborationIntensityRow'];
export type BoundaryCrossingRow = Schemas['BoundaryCrossingRow'];
export type BoundaryScoresRow = Schemas['BoundaryScoresRow'];
export type SdgCoverageRow = Schemas['SdgCoverageRow'];
export type TechnologyAreasRow = Schemas['TechnologyAreasRow'];
export type KnowledgeAreasRow = Schemas['KnowledgeAreasRow'];
export type AreaCoOccurrenceRow = Schemas['AreaCoOccurrenceRow'];
export type MunicipalityLinksRow = Schemas['MunicipalityLinksRow'];

export type SynergyRow = Schemas['SynergyRow'];
export type NetworkNode = Schemas['NetworkNode'];
export type NetworkEdge = Schemas['NetworkEdge'];
export type Network = Schemas['NetworkFigure'];

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

/** The vocabularies the filters offer, fed by the app from the vocabularies feature. */
export interface InsightVocabularies {
  /** Undefined while loading or after a failure. */
  municipalities: components['schemas']['Municipality'][] | undefined;
  technologyAreas: components['schemas']['TechnologyArea'][] | undefined;
  sdgs: components['schemas']['Sdg'][] | undefined;
  knowledgeAreas: components['schemas']['KnowledgeArea'][] | undefined;
  /** The first failure, if any. */
  error: unknown;
  retry: () => void;
}

/** Where an actor's page is: the app layer knows the actor pages' URLs, this feature does not. */
export type ActorHref = (slug: string) => string;
