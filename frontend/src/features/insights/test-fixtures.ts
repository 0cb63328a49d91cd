import type { components } from '../../lib/api/schema';
import { http } from '../../test/api-mock';
import { vocabularyHandlers } from '../../test/vocabulary-fixtures';
import type { Envelope, FigureName, FigureRows, Network, NetworkNode } from './model';

/** Data for the dashboard's tests, shaped like the insights API's answers. */

type Municipality = components['schemas']['Municipality'];

export const MUNICIPALITIES: Municipality[] = [
  { code: '2480', name: 'Umeå kommun', shortName: 'Umeå', countyCode: '24', countyName: 'Västerbottens län' },
  { code: '2482', name: 'Skellefteå kommun', shortName: 'Skellefteå', countyCode: '24', countyName: 'Västerbottens län' },
  { code: '2580', name: 'Luleå kommun', shortName: 'Luleå', countyCode: '25', countyName: 'Norrbottens län' },
];

/** The vocabularies the dashboard's filters offer. */
export function vocabularyMocks() {
  return vocabularyHandlers({
    municipalities: MUNICIPALITIES,
    technologyAreas: [{ code: 'ai', name: { sv: 'Artificiell intelligens', en: 'Artificial intelligence' } }],
    sdgs: [{ number: 9, name: { sv: 'Hållbar industri, innovationer och infrastruktur', en: 'Industry, innovation and infrastructure' } }],
    knowledgeAreas: [
      { code: '1', level: 'AREA', name: { sv: 'Naturvetenskap', en: 'Natural Sciences' } },
      { code: '102', level: 'GROUP', parentCode: '1', name: { sv: 'Data- och informationsvetenskap', en: 'Computer and Information Sciences' } },
    ],
  });
}

export function envelope<F extends FigureName>(figure: F, rows: FigureRows[F][]): Envelope<FigureRows[F]> {
  return { figure, filters: {}, computedAt: '2026-11-30T12:00:00Z', rows };
}

const SDG_NAMES: [string, string][] = [
  ['Ingen fattigdom', 'No poverty'],
  ['Ingen hunger', 'Zero hunger'],
  ['God hälsa och välbefinnande', 'Good health and well-being'],
];

/** Each figure's rows: a small ecosystem of three actors and one collaboration. */
export const ROWS: { [F in FigureName]: FigureRows[F][] } = {
  'actors-by-sector': [
    { sector: 'BUSINESS', actors: 7 },
    { sector: 'ACADEMIA', actors: 3 },
    { sector: 'PUBLIC', actors: 2 },
    { sector: 'CIVIL', actors: 0 },
  ],
  'actors-by-kind': [{ kind: 'COMPANY', sector: 'BUSINESS', actors: 7 }],
  'actors-by-county': [{ countyCode: '24', countyName: 'Västerbottens län', actors: 12 }],
  'actors-by-municipality': [{ municipalityCode: '2480', municipalityName: 'Umeå kommun', countyCode: '24', actors: 12 }],
  'actors-joined': [
    { month: '2026-10', joined: 10, total: 10 },
    { month: '2026-11', joined: 2, total: 12 },
  ],
  'resources-published': [
    { month: '2026-11', family: 'KNOWLEDGE', kind: 'EVENT', published: 4 },
    { month: '2026-11', family: 'INNOVATION', kind: 'TESTBED', published: 1 },
  ],
  'collaboration-intensity': [{ month: '2026-11', active: 1, started: 1 }],
  'boundary-crossing': [
    { month: '2026-11', collaborations: 1, sector: 1, organisation: 1, place: 0.5, knowledge: 0, technology: 0, tripleHelix: 1, quadrupleHelix: 0 },
  ],
  'boundary-scores': [
    { score: 2, collaborations: 1, share: 0.25 },
    { score: 3, collaborations: 3, share: 0.75 },
  ],
  'sdg-coverage': SDG_NAMES.map(([nameSv, nameEn], index) => ({
    sdg: index + 1,
    nameSv,
    nameEn,
    resources: index === 0 ? 2 : 0,
    collaborations: 0,
    covered: index === 0,
  })),
  'technology-areas': [{ code: 'ai', nameSv: 'Artificiell intelligens', nameEn: 'Artificial intelligence', actors: 3, resources: 2, collaborations: 1 }],
  'knowledge-areas': [{ code: '102', nameSv: 'Data- och informationsvetenskap', nameEn: 'Computer and Information Sciences', areaCode: '1', collaborations: 1 }],
  'area-co-occurrence': [
    {
      kindA: 'KNOWLEDGE',
      codeA: '102',
      nameSvA: 'Data- och informationsvetenskap',
      nameEnA: 'Computer and Information Sciences',
      kindB: 'TECHNOLOGY',
      codeB: 'ai',
      nameSvB: 'Artificiell intelligens',
      nameEnB: 'Artificial intelligence',
      collaborations: 1,
    },
  ],
  'municipality-links': [
    {
      fromCode: '2480',
      fromName: 'Umeå',
      fromLatitude: 63.83,
      fromLongitude: 20.26,
      toCode: '2580',
      toName: 'Luleå',
      toLatitude: 65.58,
      toLongitude: 22.15,
      collaborations: 1,
    },
  ],
  synergy: [
    {
      year: 2026,
      observations: 3,
      leftOut: 1,
      hSector: 1.5,
      hPlace: 0.9,
      hTechnology: 1,
      hSectorPlace: 2,
      hSectorTechnology: 2.2,
      hPlaceTechnology: 1.6,
      hSectorPlaceTechnology: 2.5,
      t: -0.125,
    },
  ],
};

export function networkNode(overrides: Partial<NetworkNode> & Pick<NetworkNode, 'id' | 'slug' | 'name'>): NetworkNode {
  return {
    kind: 'COMPANY',
    sector: 'BUSINESS',
    municipalityCode: '2480',
    countyCode: '24',
    collaborations: 1,
    partners: 1,
    sectorsBridged: 1,
    betweenness: 0,
    coordinator: 0,
    gatekeeper: 0,
    representative: 0,
    itinerant: 0,
    liaison: 0,
    ...overrides,
  };
}

export const NETWORK: Network = {
  filters: {},
  computedAt: '2026-11-30T12:00:00Z',
  nodes: [
    networkNode({ id: 'a', slug: 'norrskensdata-ab', name: 'Norrskensdata AB', partners: 2, betweenness: 1, gatekeeper: 1 }),
    networkNode({ id: 'b', slug: 'umea-universitet', name: 'Umeå universitet', sector: 'ACADEMIA', kind: 'UNIVERSITY' }),
    networkNode({ id: 'c', slug: 'region-vasterbotten', name: 'Region Västerbotten', sector: 'PUBLIC', kind: 'PUBLIC_AUTHORITY' }),
  ],
  edges: [
    { source: 'a', target: 'b', weight: 1 },
    { source: 'a', target: 'c', weight: 2 },
  ],
};

/**
 * The insights API answering every figure from ROWS, the network from NETWORK, and the filters'
 * vocabularies. One handler per path, so each answer is checked against its figure's schema; a test
 * that answers a figure otherwise puts its own handler first (the first that matches wins).
 */
export function insightMocks() {
  const figure = <F extends FigureName>(name: F) => envelope(name, ROWS[name]);
  return [
    http.get('/api/v1/insights/network', ({ response }) => response(200).json(NETWORK)),
    http.get('/api/v1/insights/actors-by-sector', ({ response }) => response(200).json(figure('actors-by-sector'))),
    http.get('/api/v1/insights/actors-by-kind', ({ response }) => response(200).json(figure('actors-by-kind'))),
    http.get('/api/v1/insights/actors-by-county', ({ response }) => response(200).json(figure('actors-by-county'))),
    http.get('/api/v1/insights/actors-by-municipality', ({ response }) => response(200).json(figure('actors-by-municipality'))),
    http.get('/api/v1/insights/actors-joined', ({ response }) => response(200).json(figure('actors-joined'))),
    http.get('/api/v1/insights/resources-published', ({ response }) => response(200).json(figure('resources-published'))),
    http.get('/api/v1/insights/collaboration-intensity', ({ response }) => response(200).json(figure('collaboration-intensity'))),
    http.get('/api/v1/insights/boundary-crossing', ({ response }) => response(200).json(figure('boundary-crossing'))),
    http.get('/api/v1/insights/boundary-scores', ({ response }) => response(200).json(figure('boundary-scores'))),
    http.get('/api/v1/insights/sdg-coverage', ({ response }) => response(200).json(figure('sdg-coverage'))),
    http.get('/api/v1/insights/technology-areas', ({ response }) => response(200).json(figure('technology-areas'))),
    http.get('/api/v1/insights/knowledge-areas', ({ response }) => response(200).json(figure('knowledge-areas'))),
    http.get('/api/v1/insights/area-co-occurrence', ({ response }) => response(200).json(figure('area-co-occurrence'))),
    http.get('/api/v1/insights/municipality-links', ({ response }) => response(200).json(figure('municipality-links'))),
    http.get('/api/v1/insights/synergy', ({ response }) => response(200).json(figure('synergy'))),
    ...vocabularyMocks(),
  ];
}
