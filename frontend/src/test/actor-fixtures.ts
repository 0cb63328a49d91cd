import type { components } from '../lib/api/schema';

type Actor = components['schemas']['Actor'];
type ActorSummary = components['schemas']['ActorSummary'];
type Me = components['schemas']['Me'];
type Municipality = components['schemas']['Municipality'];
type TechnologyArea = components['schemas']['TechnologyArea'];

/**
 * Actors and sessions shaped like the API's answers, for the tests of every feature that shows an
 * actor (the actor pages, integrations, moderation), so that no feature reaches into another's files.
 */

export const MUNICIPALITIES: Municipality[] = [
  { code: '2480', name: 'Umeå kommun', shortName: 'Umeå', countyCode: '24', countyName: 'Västerbottens län' },
  { code: '2482', name: 'Skellefteå kommun', shortName: 'Skellefteå', countyCode: '24', countyName: 'Västerbottens län' },
  { code: '2580', name: 'Luleå kommun', shortName: 'Luleå', countyCode: '25', countyName: 'Norrbottens län' },
];

export const TECHNOLOGY_AREAS: TechnologyArea[] = [
  { code: 'ai', name: { sv: 'Artificiell intelligens', en: 'Artificial intelligence' } },
  { code: 'iot', name: { sv: 'Sakernas internet', en: 'Internet of things' } },
];

export const UMEA = { code: '2480', name: 'Umeå kommun', countyCode: '24', countyName: 'Västerbottens län' };

export function actorSummary(overrides: Partial<ActorSummary> = {}): ActorSummary {
  return {
    id: 'a-1',
    slug: 'umea-science-park',
    name: 'Umeå Science Park',
    kind: 'SCIENCE_PARK',
    sector: 'BUSINESS',
    status: 'ACTIVE',
    municipality: UMEA,
    technologyAreas: [TECHNOLOGY_AREAS[0]!],
    ...overrides,
  };
}

export function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    id: 'a-1',
    slug: 'umea-science-park',
    name: 'Umeå Science Park',
    kind: 'SCIENCE_PARK',
    sector: 'BUSINESS',
    orgNumber: '556036-0793',
    description: { sv: 'En **mötesplats**.' },
    descriptionHtml: { sv: '<p>En <strong>mötesplats</strong>.</p>' },
    website: 'https://www.umeasciencepark.se',
    contactEmail: 'info@example.se',
    municipality: UMEA,
    technologyAreas: [TECHNOLOGY_AREAS[0]!],
    competences: ['innovation', 'testbäddar'],
    status: 'ACTIVE',
    version: 3,
    createdAt: '2025-01-15T10:00:00+01:00',
    updatedAt: '2025-01-16T10:00:00+01:00',
    ...overrides,
  };
}

export const ANNA_SUBJECT = '3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c01';

export function me(overrides: Partial<Me> = {}): Me {
  return {
    subject: ANNA_SUBJECT,
    name: 'Anna Lindqvist',
    email: 'anna@example.se',
    roles: ['member'],
    memberships: [],
    joinRequests: [],
    ...overrides,
  };
}
