import type { HttpHandler } from 'msw';
import { http } from './api-mock';
import { EMPTY_RESOURCE_PAGE } from './page-fixtures';

const COMPUTED_AT = '2026-03-01T10:00:00Z';

/**
 * What the home page asks for besides the goals, answered as an empty region (no actors, events,
 * testbeds or collaborations): for the tests of the page frame, the header and the goals, which
 * start on the home page and look at something else. The home page's own tests answer with figures.
 */
export function homePageMocks(): HttpHandler[] {
  return [
    http.get('/api/v1/insights/actors-by-sector', ({ response }) =>
      response(200).json({ figure: 'actors-by-sector', filters: {}, computedAt: COMPUTED_AT, rows: [] }),
    ),
    http.get('/api/v1/insights/boundary-crossing', ({ query, response }) =>
      response(200).json({ figure: 'boundary-crossing', filters: { from: query.get('from') ?? undefined }, computedAt: COMPUTED_AT, rows: [] }),
    ),
    http.get('/api/v1/insights/boundary-scores', ({ query, response }) =>
      response(200).json({ figure: 'boundary-scores', filters: { from: query.get('from') ?? undefined }, computedAt: COMPUTED_AT, rows: [] }),
    ),
    http.get('/api/v1/actors', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/resources', ({ response }) => response(200).json(EMPTY_RESOURCE_PAGE)),
  ];
}
