import { isHttpUrl } from '../../lib/validation/formats';
import { isWebhookEventType, type Webhook, type WebhookEventType, type WebhookInput } from './model';

/** The webhook form's fields, named as the API's paths so that a problem's `errors[].field` lands on them. */
export type WebhookField = 'url' | 'eventTypes' | 'description';

export interface WebhookFormValues {
  url: string;
  eventTypes: WebhookEventType[];
  description: string;
}

export const EMPTY_WEBHOOK_FORM: WebhookFormValues = { url: '', eventTypes: [], description: '' };

export function webhookFormValues(webhook: Webhook): WebhookFormValues {
  return {
    url: webhook.url,
    eventTypes: webhook.eventTypes.filter(isWebhookEventType),
    description: webhook.description ?? '',
  };
}

/** Maps a problem's field path onto a form field: `eventTypes[2]` is the event types' fieldset. */
export function webhookFieldOf(path: string): WebhookField | undefined {
  const root = path.replace(/\[\d+\]$/, '');
  return root === 'url' || root === 'eventTypes' || root === 'description' ? root : undefined;
}

export type WebhookFormError = 'required' | 'not-a-url' | 'none-chosen';

/**
 * What the browser can tell before sending: a URL at all, and at least one event type. Whether the
 * URL is one the platform may call (https, a public address) only the server can say; its problem
 * lands on the same field.
 */
export function validateWebhookForm(values: WebhookFormValues): {
  errors: Partial<Record<WebhookField, WebhookFormError>>;
  input?: WebhookInput;
} {
  const errors: Partial<Record<WebhookField, WebhookFormError>> = {};
  const url = values.url.trim();
  if (!url) errors.url = 'required';
  else if (!isHttpUrl(url)) errors.url = 'not-a-url';
  if (values.eventTypes.length === 0) errors.eventTypes = 'none-chosen';
  if (Object.keys(errors).length > 0) return { errors };
  const description = values.description.trim();
  return { errors, input: { url, eventTypes: [...values.eventTypes], ...(description ? { description } : {}) } };
}
