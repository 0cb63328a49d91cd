import type { Me } from '../../lib/auth/use-me';
import { actor } from '../../test/actor-fixtures';
import { etag, http } from '../../test/api-mock';
import { vocabularyHandlers } from '../../test/vocabulary-fixtures';
import type { BoundaryProfile, Collaboration, CollaborationSummary, KnowledgeArea, Municipality, Sdg, TechnologyArea } from './model';

/** Data for the collaboration pages' tests, shaped like the API's answers. */

export const NORRSKEN = { id: '6d1f3a2b-0c4e-4f5a-9b8c-7d6e5f4a3b2c', slug: 'norrskensdata-ab', name: 'Norrskensdata AB', status: 'ACTIVE' as const };
export const UMU = { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', slug: 'umea-universitet', name: 'Umeå universitet', status: 'ACTIVE' as const };
export const REGION = { id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', slug: 'region-vasterbotten', name: 'Region Västerbotten', status: 'ACTIVE' as const };

export const UMEA = { code: '2480', name: 'Umeå kommun', countyCode: '24', countyName: 'Västerbottens län' };
export const LULEA = { code: '2580', name: 'Luleå kommun', countyCode: '25', countyName: 'Norrbottens län' };

export const MUNICIPALITIES: Municipality[] = [
  { ...UMEA, shortName: 'Umeå' },
  { code: '2482', name: 'Skellefteå kommun', shortName: 'Skellefteå', countyCode: '24', countyName: 'Västerbottens län' },
  { ...LULEA, shortName: 'Luleå' },
];

export const TECHNOLOGY_AREAS: TechnologyArea[] = [
  { code: 'ai', name: { sv: 'Artificiell intelligens', en: 'Artificial intelligence' } },
  { code: 'drones', name: { sv: 'Drönare', en: 'Drones' } },
];

export const SDGS: Sdg[] = [
  { number: 9, name: { sv: 'Hållbar industri, innovationer och infrastruktur', en: 'Industry, innovation and infrastructure' } },
  { number: 11, name: { sv: 'Hållbara städer och samhällen', en: 'Sustainable cities and communities' } },
];

export const KNOWLEDGE_AREAS: KnowledgeArea[] = [
  { code: '1', level: 'AREA', name: { sv: 'Naturvetenskap', en: 'Natural Sciences' } },
  { code: '102', level: 'GROUP', parentCode: '1', name: { sv: 'Data- och informationsvetenskap', en: 'Computer and Information Sciences' } },
  { code: '10201', level: 'SUBJECT', parentCode: '102', name: { sv: 'Datavetenskap', en: 'Computer Sciences' } },
  { code: '5', level: 'AREA', name: { sv: 'Samhällsvetenskap', en: 'Social Sciences' } },
  { code: '502', level: 'GROUP', parentCode: '5', name: { sv: 'Ekonomi och näringsliv', en: 'Economics and Business' } },
];

/** The vocabularies' answers, as API mocks checked against the contract. */
export function vocabularyMocks() {
  return vocabularyHandlers({ municipalities: MUNICIPALITIES, technologyAreas: TECHNOLOGY_AREAS, sdgs: SDGS, knowledgeAreas: KNOWLEDGE_AREAS });
}

/** A business + academia profile across two counties, with a knowledge area and no technology area. */
export function profile(overrides: Partial<BoundaryProfile> = {}): BoundaryProfile {
  return {
    score: 4,
    crossed: ['SECTOR', 'ORGANISATION', 'PLACE', 'KNOWLEDGE'],
    sectors: { values: ['BUSINESS', 'ACADEMIA'], count: 2, helix: 'NONE', crossed: true },
    organisations: { count: 2, crossed: true },
    places: {
      municipalities: [UMEA, LULEA],
      counties: [
        { code: '24', name: 'Västerbottens län' },
        { code: '25', name: 'Norrbottens län' },
      ],
      crossesMunicipalBorder: true,
      crossesCountyBorder: true,
      reachesOutsideRegion: true,
      crossed: true,
    },
    knowledge: {
      areas: [
        { code: '1', level: 'AREA', name: { sv: 'Naturvetenskap', en: 'Natural Sciences' } },
        { code: '5', level: 'AREA', name: { sv: 'Samhällsvetenskap', en: 'Social Sciences' } },
      ],
      groups: [{ code: '102', level: 'GROUP', name: { sv: 'Data- och informationsvetenskap', en: 'Computer and Information Sciences' } }],
      crossed: true,
    },
    technology: { areas: [TECHNOLOGY_AREAS[0]!], count: 1, crossed: false },
    ...overrides,
  };
}

export function collaborationSummary(overrides: Partial<CollaborationSummary> = {}): CollaborationSummary {
  return {
    id: 'c-1',
    slug: 'ai-for-basindustrin',
    kind: 'PROJECT',
    status: 'ACTIVE',
    publication: 'PUBLISHED',
    title: { sv: 'AI för basindustrin' },
    summary: { sv: 'Maskininlärning för gruvor och sågverk.' },
    startDate: '2026-03-01',
    endDate: '2027-12-31',
    lead: NORRSKEN,
    participantCount: 2,
    boundaryProfile: profile(),
    publishedAt: '2026-03-02T10:00:00+01:00',
    ...overrides,
  };
}

export function collaboration(overrides: Partial<Collaboration> = {}): Collaboration {
  return {
    id: 'c-1',
    slug: 'ai-for-basindustrin',
    kind: 'PROJECT',
    status: 'ACTIVE',
    publication: 'PUBLISHED',
    title: { sv: 'AI för basindustrin' },
    summary: { sv: 'Maskininlärning för gruvor och sågverk.' },
    description: { sv: 'Vi tränar **modeller**.' },
    descriptionHtml: { sv: '<p>Vi tränar <strong>modeller</strong>.</p>' },
    startDate: '2026-03-01',
    endDate: '2027-12-31',
    website: 'https://example.se/ai',
    sdgs: [9],
    technologyAreas: [TECHNOLOGY_AREAS[0]!],
    knowledgeAreas: [{ code: '10201', level: 'SUBJECT', name: { sv: 'Datavetenskap', en: 'Computer Sciences' } }],
    places: [LULEA],
    funding: [{ funderName: 'Vinnova', programme: 'Avancerad digitalisering', amountSek: 2500000, type: 'PUBLIC' }],
    linkedResources: [],
    lead: NORRSKEN,
    participants: [
      { actor: NORRSKEN, sector: 'BUSINESS', municipality: UMEA, role: 'LEAD', since: '2026-03-01T10:00:00+01:00' },
      { actor: UMU, sector: 'ACADEMIA', municipality: UMEA, role: 'PARTNER', since: '2026-03-02T10:00:00+01:00' },
    ],
    boundaryProfile: profile(),
    version: 4,
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

/** The editors' view asks for suggested partners too (collaboration c-1): none here. */
export const NO_PARTNER_SUGGESTIONS = http.get('/api/v1/collaborations/{id}/partner-suggestions', ({ params, response }) =>
  response(200).json({ subject: { type: 'COLLABORATION', id: params.id }, computedAt: '2026-11-30T12:00:00Z', suggestions: [] }),
);

/**
 * The participants map asks for each participant's actor (for where it is): answered with an
 * actor of that slug and no location, so the map has nobody to place.
 */
export const PARTICIPANT_ACTORS = http.get('/api/v1/actors/{id}', ({ params, response }) =>
  response(200).json(actor({ slug: params.id, name: params.id, location: undefined }), etag(1)),
);
