import type { RequestHandler } from 'msw';
import { http } from '../../test/api-mock';
import { NO_RESOURCE_FACETS } from '../../test/page-fixtures';
import { SDGS } from '../../test/vocabulary-fixtures';
import type { ActorsBySectorRow, BoundaryCrossingRow, BoundaryScoresRow, ResourcePage, ResourceSummary } from './model';

/** The home page's API answers for its tests: a small region, typed like the API's answers. */

function envelope<R>(figure: string, rows: R[]) {
  return { figure, filters: {}, computedAt: '2026-11-30T12:00:00Z', rows };
}

export const SECTOR_ROWS: ActorsBySectorRow[] = [
  { sector: 'BUSINESS', actors: 7 },
  { sector: 'ACADEMIA', actors: 3 },
  { sector: 'PUBLIC', actors: 4 },
  { sector: 'CIVIL', actors: 1 },
];

/** 6 + 2 + 1 collaborations cross two or more boundaries; 5 cross one. */
export const SCORE_ROWS: BoundaryScoresRow[] = [
  { score: 1, collaborations: 5, share: 5 / 14 },
  { score: 2, collaborations: 6, share: 6 / 14 },
  { score: 3, collaborations: 2, share: 2 / 14 },
  { score: 5, collaborations: 1, share: 1 / 14 },
];

/** The newest month is empty (none active yet): the highlights show October. */
export const CROSSING_ROWS: BoundaryCrossingRow[] = [
  { month: '2026-10', collaborations: 8, sector: 0.75, organisation: 1, place: 0.5, knowledge: 0.25, technology: 0.125, tripleHelix: 0.375, quadrupleHelix: 0 },
  { month: '2026-11', collaborations: 0, sector: 0, organisation: 0, place: 0, knowledge: 0, technology: 0, tripleHelix: 0, quadrupleHelix: 0 },
];

function resource(overrides: Partial<ResourceSummary> & Pick<ResourceSummary, 'id' | 'slug' | 'kind'>): ResourceSummary {
  return {
    family: overrides.kind === 'EVENT' ? 'KNOWLEDGE' : 'INNOVATION',
    status: 'PUBLISHED',
    actor: { id: 'a-1', slug: 'umea-universitet', name: 'Umeå universitet', status: 'ACTIVE' },
    title: { sv: overrides.slug },
    summary: { sv: 'Sammanfattning' },
    tags: [],
    occurrences: [],
    ...overrides,
  };
}

export const EVENTS_PAGE: ResourcePage = {
  items: [
    resource({
      id: 'e-1',
      slug: 'ai-frukost',
      kind: 'EVENT',
      title: { sv: 'AI-frukost i Umeå', en: 'AI breakfast in Umeå' },
      occurrences: [{ start: '2026-12-03T07:30:00Z', end: '2026-12-03T09:00:00Z' }],
    }),
  ],
  facets: { ...NO_RESOURCE_FACETS, kind: { EVENT: 12 } },
};

export const TESTBEDS_PAGE: ResourcePage = {
  items: [
    resource({
      id: 't-1',
      slug: 'batteritestbadd',
      kind: 'TESTBED',
      title: { sv: 'Testbädd för batteriproduktion' },
      actor: { id: 'a-2', slug: 'rise', name: 'RISE', status: 'ACTIVE' },
      accessCondition: 'BY_AGREEMENT',
    }),
  ],
  facets: { ...NO_RESOURCE_FACETS, kind: { TESTBED: 4 } },
};

/**
 * The home page's endpoints answering as above, as API mocks checked against the contract;
 * `overrides` come first, so they win over any of them.
 */
export function homeMocks(...overrides: RequestHandler[]): RequestHandler[] {
  return [
    ...overrides,
    http.get('/api/v1/insights/actors-by-sector', ({ response }) => response(200).json(envelope('actors-by-sector', SECTOR_ROWS))),
    http.get('/api/v1/insights/boundary-scores', ({ response }) => response(200).json(envelope('boundary-scores', SCORE_ROWS))),
    http.get('/api/v1/insights/boundary-crossing', ({ response }) => response(200).json(envelope('boundary-crossing', CROSSING_ROWS))),
    http.get('/api/v1/resources', ({ query, response }) => response(200).json(query.get('kind') === 'EVENT' ? EVENTS_PAGE : TESTBEDS_PAGE)),
    // No actor has a location here, so the map stays away (the map has its own tests).
    http.get('/api/v1/actors', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS)),
  ];
}
