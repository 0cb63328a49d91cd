import type { components } from '../lib/api/schema';
import { etag, http } from './api-mock';
import { EMPTY_COLLABORATION_PAGE, EMPTY_RESOURCE_PAGE } from './page-fixtures';

/**
 * What an actor's page asks for besides the actor (`subject`, with its ETag): its resources and
 * collaborations, and for its owners the suggested partners and the integrations, all empty. A test
 * that looks at one of these puts its own handler first.
 */
export function actorPageMocks(subject: components['schemas']['Actor']) {
  return [
    http.get('/api/v1/actors/{id}', ({ response }) => response(200).json(subject, etag(subject.version))),
    http.get('/api/v1/resources', ({ response }) => response(200).json(EMPTY_RESOURCE_PAGE)),
    http.get('/api/v1/actors/{id}/collaborations', ({ response }) => response(200).json(EMPTY_COLLABORATION_PAGE)),
    http.get('/api/v1/actors/{id}/partner-suggestions', ({ params, response }) =>
      response(200).json({ subject: { type: 'ACTOR', id: params.id }, computedAt: '2026-11-30T12:00:00Z', suggestions: [] }),
    ),
    http.get('/api/v1/actors/{actorId}/api-clients', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/actors/{actorId}/webhooks', ({ response }) => response(200).json({ items: [] })),
  ];
}
