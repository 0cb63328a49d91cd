import { describe, expect, it } from 'vitest';
import { validateWebhookForm, webhookFieldOf, webhookFormValues } from './webhook-form';

describe('validateWebhookForm', () => {
  it('asks for a URL and at least one event type before anything is sent', () => {
    expect(validateWebhookForm({ url: ' ', eventTypes: [], description: '' })).toEqual({
      errors: { url: 'required', eventTypes: 'none-chosen' },
    });
    expect(validateWebhookForm({ url: 'hooks.example.se/din', eventTypes: ['resource.published'], description: '' }).errors).toEqual({
      url: 'not-a-url',
    });
    expect(validateWebhookForm({ url: 'ftp://example.se/', eventTypes: ['resource.published'], description: '' }).errors.url).toBe('not-a-url');
  });

  it('builds the input with the URL and description trimmed, and no description when it is empty', () => {
    expect(
      validateWebhookForm({ url: ' https://hooks.example.se/din ', eventTypes: ['resource.published', 'invitation.received'], description: '  ' }),
    ).toEqual({ errors: {}, input: { url: 'https://hooks.example.se/din', eventTypes: ['resource.published', 'invitation.received'] } });
    expect(
      validateWebhookForm({ url: 'https://hooks.example.se/din', eventTypes: ['resource.updated'], description: ' Kalendern ' }).input,
    ).toEqual({ url: 'https://hooks.example.se/din', eventTypes: ['resource.updated'], description: 'Kalendern' });
  });

  it('leaves the https and public-address rules to the server', () => {
    expect(validateWebhookForm({ url: 'http://127.0.0.1:9000/', eventTypes: ['resource.published'], description: '' }).errors).toEqual({});
  });
});

describe('webhookFieldOf', () => {
  it("puts the server's field paths on the form's fields, an event type's index on the fieldset", () => {
    expect(webhookFieldOf('url')).toBe('url');
    expect(webhookFieldOf('eventTypes')).toBe('eventTypes');
    expect(webhookFieldOf('eventTypes[3]')).toBe('eventTypes');
    expect(webhookFieldOf('description')).toBe('description');
    expect(webhookFieldOf('secret')).toBeUndefined();
  });
});

describe('webhookFormValues', () => {
  it('fills the form from a subscription, keeping only the event types the form knows', () => {
    expect(
      webhookFormValues({
        id: 'w-1', actorId: 'a-1', url: 'https://x.se/', eventTypes: ['resource.published', 'something.new'],
        status: 'ACTIVE', createdAt: '2026-11-30T10:00:00Z',
      }),
    ).toEqual({ url: 'https://x.se/', eventTypes: ['resource.published'], description: '' });
  });
});
