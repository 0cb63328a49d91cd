import type { Me } from '../../lib/auth/use-me';
import { vocabularyHandlers } from '../../test/vocabulary-fixtures';
import type { Municipality, Resource, ResourceSummary, Sdg, TechnologyArea } from './model';

/** Data for the resource pages' tests, shaped like the API's answers. */

export const ACTOR_ID = '6d1f3a2b-0c4e-4f5a-9b8c-7d6e5f4a3b2c';
export const NORRSKEN = { id: ACTOR_ID, slug: 'norrsken-lab', name: 'Norrsken Lab', status: 'ACTIVE' as const };
export const RISE = { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', slug: 'rise', name: 'RISE', status: 'ACTIVE' as const };

export const MUNICIPALITIES: Municipality[] = [
  { code: '2480', name: 'Umeå kommun', shortName: 'Umeå', countyCode: '24', countyName: 'Västerbottens län' },
  { code: '2482', name: 'Skellefteå kommun', shortName: 'Skellefteå', countyCode: '24', countyName: 'Västerbottens län' },
  { code: '2580', name: 'Luleå kommun', shortName: 'Luleå', countyCode: '25', countyName: 'Norrbottens län' },
];

export const TECHNOLOGY_AREAS: TechnologyArea[] = [
  { code: 'ai', name: { sv: 'Artificiell intelligens', en: 'Artificial intelligence' } },
  { code: 'drones', name: { sv: 'Drönare', en: 'Drones' } },
];

export const SDGS: Sdg[] = [
  { number: 9, name: { sv: 'Hållbar industri, innovationer och infrastruktur', en: 'Industry, innovation and infrastructure' } },
  { number: 11, name: { sv: 'Hållbara städer och samhällen', en: 'Sustainable cities and communities' } },
];

export const UMEA = { code: '2480', name: 'Umeå kommun', countyCode: '24', countyName: 'Västerbottens län' };

/** The vocabularies' answers, as API mocks checked against the contract. */
export function vocabularyMocks() {
  return vocabularyHandlers({ municipalities: MUNICIPALITIES, technologyAreas: TECHNOLOGY_AREAS, sdgs: SDGS });
}

export function resourceSummary(overrides: Partial<ResourceSummary> = {}): ResourceSummary {
  return {
    id: 'r-1',
    slug: 'drondag',
    kind: 'EVENT',
    family: 'KNOWLEDGE',
    status: 'PUBLISHED',
    actor: NORRSKEN,
    title: { sv: 'Drönardag' },
    summary: { sv: 'En dag om drönare i Umeå.' },
    tags: ['drönare'],
    municipality: UMEA,
    occurrences: [],
    ...overrides,
  };
}

export function resource(overrides: Partial<Resource> = {}): Resource {
  return {
    id: 'r-1',
    slug: 'drondag',
    kind: 'EVENT',
    family: 'KNOWLEDGE',
    status: 'PUBLISHED',
    actor: NORRSKEN,
    coOrganisers: [RISE],
    title: { sv: 'Drönardag' },
    summary: { sv: 'En dag om drönare i Umeå.' },
    body: { sv: 'Vi flyger **drönare**.' },
    bodyHtml: { sv: '<p>Vi flyger <strong>drönare</strong>.</p>' },
    language: 'sv',
    tags: ['drönare'],
    technologyAreas: [TECHNOLOGY_AREAS[1]!],
    sdgs: [9],
    municipality: UMEA,
    links: [],
    details: {
      start: '2026-03-23T10:00:00',
      end: '2026-03-23T12:00:00',
      timeZone: 'Europe/Stockholm',
      recurrence: { freq: 'WEEKLY', count: 2 },
      venue: { name: 'Sliperiet', address: 'Östra Strandgatan 30' },
    },
    // One before and one after the change to summer time (29 March 2026): 10:00 both times.
    occurrences: [
      { start: '2026-03-23T10:00:00+01:00', end: '2026-03-23T12:00:00+01:00' },
      { start: '2026-03-30T08:00:00Z', end: '2026-03-30T10:00:00Z' },
    ],
    version: 3,
    createdAt: '2026-03-01T10:00:00+01:00',
    updatedAt: '2026-03-02T10:00:00+01:00',
    publishedAt: '2026-03-02T10:00:00+01:00',
    canEdit: false,
    ...overrides,
  };
}

export function me(overrides: Partial<Me> = {}): Me {
  return {
    subject: 'anna',
    name: 'Anna Lindqvist',
    roles: ['member'],
    memberships: [{ actor: NORRSKEN, role: 'OWNER', since: '2026-01-01T10:00:00+01:00' }],
    joinRequests: [],
    ...overrides,
  };
}
