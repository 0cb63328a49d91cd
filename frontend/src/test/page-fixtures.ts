import type { components } from '../lib/api/schema';

type Schemas = components['schemas'];

/** The facets of a resource list with no hits (every facet the contract requires, each empty). */
export const NO_RESOURCE_FACETS: Schemas['Facets'] = { kind: {}, family: {}, technologyArea: {}, sdg: {}, municipality: {} };

/** The facets of a collaboration list with no hits. */
export const NO_COLLABORATION_FACETS: Schemas['CollaborationFacets'] = {
  kind: {},
  status: {},
  sector: {},
  sdg: {},
  technologyArea: {},
  knowledgeArea: {},
  municipality: {},
  county: {},
  crosses: {},
  score: {},
};

export const EMPTY_RESOURCE_PAGE: Schemas['ResourcePage'] = { items: [], facets: NO_RESOURCE_FACETS };
export const EMPTY_COLLABORATION_PAGE: Schemas['CollaborationPage'] = { items: [], facets: NO_COLLABORATION_FACETS };
