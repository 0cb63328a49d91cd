import type { components } from '../../lib/api/schema';

type Schemas = components['schemas'];

/** A platform-registered Keycloak client that acts for one actor (its secret is never listed). */
export type ApiClientView = Schemas['ApiClient'];
/** The one answer that carries a client's secret: creation and rotation. */
export type ApiClientSecret = Schemas['ApiClientSecret'];
export type Webhook = Schemas['Webhook'];
export type WebhookInput = Schemas['WebhookInput'];
/** The one answer that carries a subscription's signing secret: creation and rotation. */
export type WebhookSecret = Schemas['WebhookSecret'];
export type Delivery = Schemas['Delivery'];
export type DeliveryStatus = Delivery['status'];

/** The event types a subscription may ask for, in the order the form lists them. */
export const WEBHOOK_EVENT_TYPES = [
  'resource.published',
  'resource.updated',
  'resource.archived',
  'collaboration.published',
  'collaboration.updated',
  'collaboration.archived',
  'invitation.received',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** An API client's name: 1–100 characters, as the API checks. */
export const API_CLIENT_NAME_MAX = 100;

/**
 * A secret the server showed once, with what the panel shows beside it. Kept only in the panel's
 * state: it is never cached with the queries, so closing the panel forgets it for good.
 */
export type ShownSecret =
  | { kind: 'api-client'; reason: 'created' | 'rotated'; client: ApiClientView; secret: string; tokenUrl: string }
  | { kind: 'webhook'; reason: 'created' | 'rotated'; webhook: Webhook; secret: string };
