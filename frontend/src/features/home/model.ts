/** The API's shapes the home page reads (openapi.yaml), and the links the app gives it. */
import type { components } from '../../lib/api/schema';

type Schemas = components['schemas'];

export type Sector = Schemas['Sector'];
export const SECTORS: readonly Sector[] = ['BUSINESS', 'ACADEMIA', 'PUBLIC', 'CIVIL'];
export type ActorsBySectorRow = Schemas['ActorsBySectorRow'];
export type BoundaryScoresRow = Schemas['BoundaryScoresRow'];
export type BoundaryCrossingRow = Schemas['BoundaryCrossingRow'];
export type ResourcePage = Schemas['ResourcePage'];
export type ResourceSummary = Schemas['ResourceSummary'];
export type ActorSummary = Schemas['ActorSummary'];

/**
 * Where the home page links to. The other features own these pages' URLs, and a feature imports
 * no other, so the app hands them over (app/routes/home-page.tsx).
 */
export interface HomeLinks {
  registerActor: string;
  myOrganisations: string;
  actors: string;
  knowledgeResources: string;
  innovationResources: string;
  collaborations: string;
  feeds: string;
  insights: string;
  events: string;
  testbeds: string;
  actor: (slug: string) => string;
  resource: (slug: string) => string;
}
