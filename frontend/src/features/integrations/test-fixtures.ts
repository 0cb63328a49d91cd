import type { ApiClientView, Delivery, Webhook } from './model';

/** Data for the integrations' tests, shaped like the API's answers (the contract's ApiClient, Webhook, Delivery). */

export const ACTOR_ID = 'a-1';
export const TOKEN_URL = 'http://keycloak.test/realms/din/protocol/openid-connect/token';

export function apiClient(overrides: Partial<ApiClientView> = {}): ApiClientView {
  return {
    id: 'c-1',
    actorId: ACTOR_ID,
    name: 'Evenemangskalendern',
    clientId: 'din-int-evenemangskalendern-1a2b',
    status: 'ACTIVE',
    createdAt: '2026-11-02T09:00:00+01:00',
    createdBy: { name: 'Anna Lindqvist' },
    ...overrides,
  };
}

export function webhook(overrides: Partial<Webhook> = {}): Webhook {
  return {
    id: 'w-1',
    actorId: ACTOR_ID,
    url: 'https://hooks.example.se/din',
    eventTypes: ['resource.published', 'resource.updated'],
    description: 'Kommunens kalender',
    status: 'ACTIVE',
    createdAt: '2026-11-03T09:00:00+01:00',
    ...overrides,
  };
}

export function delivery(overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: 'd-1',
    eventType: 'resource.published',
    status: 'SUCCEEDED',
    attempts: 1,
    lastAttemptAt: '2026-11-04T10:00:05+01:00',
    lastResponseStatus: 200,
    createdAt: '2026-11-04T10:00:00+01:00',
    ...overrides,
  };
}
