import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { installDialogPolyfill } from '../../../components/dialog-polyfill.testing';
import { actor, me } from '../../../test/actor-fixtures';
import { actorPageMocks } from '../../../test/actor-page-mocks';
import { http, mockApi, problemBody, PROBLEM_JSON, type Problem } from '../../../test/api-mock';
import { signedInMocks } from '../../../test/session-mocks';
import { renderApp } from '../../../test/render-app';
import type { Delivery, Webhook, WebhookInput } from '../model';
import { ACTOR_ID, delivery, webhook } from '../test-fixtures';

beforeAll(installDialogPolyfill);

const SECRET = 'whsec_c2VjcmV0LW9ubHktb25jZQ==';
const BASE = `/api/v1/actors/${ACTOR_ID}/webhooks`;

/** The actor's page (anna owns it) with a fake API holding its subscriptions and one's deliveries. */
function setup(options: { webhooks?: Webhook[]; deliveries?: Delivery[]; refuseWrite?: () => Problem } = {}) {
  const subject = actor({ id: ACTOR_ID, myRole: 'OWNER' });
  let webhooks = options.webhooks ?? [webhook()];
  const calls: { method: string; path: string; body?: unknown }[] = [];
  const record = (request: Request, body?: WebhookInput) => {
    calls.push({ method: request.method, path: new URL(request.url).pathname, ...(body ? { body } : {}) });
  };
  const api = mockApi(
    ...signedInMocks(me()),
    http.get('/api/v1/actors/{actorId}/webhooks', ({ response }) => response(200).json({ items: webhooks })),
    http.post('/api/v1/actors/{actorId}/webhooks', async ({ request, response }) => {
      const body = await request.json();
      record(request, body);
      const refusal = options.refuseWrite?.();
      if (refusal) return response(400).json(refusal, PROBLEM_JSON);
      const created = webhook({ id: 'w-2', url: body.url, eventTypes: body.eventTypes, description: body.description });
      webhooks = [...webhooks, created];
      return response(201).json({ webhook: created, secret: SECRET });
    }),
    http.delete('/api/v1/actors/{actorId}/webhooks/{id}', ({ params, request, response }) => {
      record(request);
      webhooks = webhooks.filter((w) => w.id !== params.id);
      return response(204).empty();
    }),
    http.put('/api/v1/actors/{actorId}/webhooks/{id}', async ({ params, request, response }) => {
      const body = await request.json();
      record(request, body);
      const refusal = options.refuseWrite?.();
      if (refusal) return response(400).json(refusal, PROBLEM_JSON);
      webhooks = webhooks.map((w) => (w.id === params.id ? { ...w, ...body, description: body.description, status: 'ACTIVE' as const, disabledReason: undefined } : w));
      return response(200).json(webhooks.find((w) => w.id === params.id)!);
    }),
    http.post('/api/v1/actors/{actorId}/webhooks/{id}/rotate-secret', ({ request, response }) => {
      record(request);
      return response(200).json({ webhook: webhooks[0]!, secret: 'whsec_bmV3' });
    }),
    http.get('/api/v1/actors/{actorId}/webhooks/{id}/deliveries', ({ response }) => response(200).json({ items: options.deliveries ?? [] })),
    http.post('/api/v1/actors/{actorId}/webhooks/{id}/deliveries/{deliveryId}/redeliver', ({ params, request, response }) => {
      record(request);
      // Due now: the contract answers the delivery as it stands.
      return response(200).json(delivery({ id: params.deliveryId, attempts: 0 }));
    }),
    ...actorPageMocks(subject),
  );
  renderApp({ path: `/aktorer/${subject.slug}`, fetch: api.fetch, auth: 'authenticated' });
  return { calls };
}

async function panel() {
  const region = await screen.findByRole('region', { name: 'Webhooks' });
  await within(region).findByRole('button', { name: 'Skapa webhook' });
  return region;
}

describe('the webhooks panel', () => {
  it('subscribes a URL to the chosen event types and shows the signing secret once', async () => {
    const user = userEvent.setup();
    const { calls } = setup({ webhooks: [] });
    const region = await panel();
    expect(within(region).getByText('Organisationen har inga webhooks än.')).toBeInTheDocument();

    await user.type(within(region).getByLabelText(/^Adress \(URL\)/), 'https://hooks.example.se/ny');
    const events = within(region).getByRole('group', { name: /^Händelser/ });
    await user.click(within(events).getByLabelText(/En resurs arkiveras/));
    await user.click(within(events).getByLabelText(/En resurs publiceras/));
    await user.type(within(region).getByLabelText('Beskrivning'), 'Kalendern');
    await user.click(within(region).getByRole('button', { name: 'Skapa webhook' }));

    const dialog = await within(region).findByRole('dialog', { name: 'Webhooken till https://hooks.example.se/ny är skapad' });
    // In the form's order, whatever order they were ticked in.
    expect(calls).toEqual([
      { method: 'POST', path: BASE, body: { url: 'https://hooks.example.se/ny', eventTypes: ['resource.published', 'resource.archived'], description: 'Kalendern' } },
    ]);
    expect(dialog).toHaveFocus();
    expect(within(dialog).getByLabelText('Signeringshemlighet')).toHaveValue(SECRET);
    // A fresh form for the next one.
    expect(within(region).getByLabelText(/^Adress \(URL\)/)).toHaveValue('');

    await user.click(within(dialog).getByRole('button', { name: 'Jag har sparat hemligheten, stäng' }));
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it('asks for a URL and an event type first, and puts the server’s problem on the URL field', async () => {
    const user = userEvent.setup();
    const { calls } = setup({
      webhooks: [],
      refuseWrite: () =>
        problemBody(400, {
          title: 'Invalid input',
          detail: 'Invalid input',
          errors: [{ field: 'url', code: 'invalid-url', message: 'is refused: 10.0.0.1 is not a public address' }],
        }),
    });
    const region = await panel();
    await user.click(within(region).getByRole('button', { name: 'Skapa webhook' }));

    const url = within(region).getByLabelText(/^Adress \(URL\)/);
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(expect.stringContaining('Ange en adress.'));
    expect(within(region).getByRole('group', { name: /^Händelser/ })).toHaveAccessibleDescription(expect.stringContaining('Välj minst en händelse.'));
    expect(calls).toEqual([]);

    await user.type(url, 'https://10.0.0.1/hook');
    await user.click(within(region).getByLabelText(/Organisationen blir inbjuden/));
    await user.click(within(region).getByRole('button', { name: 'Skapa webhook' }));

    await waitFor(() => expect(url).toHaveAccessibleDescription(expect.stringContaining("Plattformen kan inte skicka dit. API:ts förklaring: is refused: 10.0.0.1 is not a public address")));
    expect(calls).toHaveLength(1);
    expect(within(region).queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says why a disabled subscription is off and how to turn it on again', async () => {
    setup({ webhooks: [webhook({ status: 'DISABLED', disabledReason: 'Mottagaren svarade 410 Gone' })] });
    const region = await panel();
    const item = within(region).getByRole('listitem');
    expect(item).toHaveTextContent('Avstängd');
    expect(item).toHaveTextContent('Avstängd: Mottagaren svarade 410 Gone');
    expect(item).toHaveTextContent('spara webhooken igen');
  });

  it('edits a subscription with a PUT of the whole input', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    const region = await panel();

    await user.click(within(region).getByRole('button', { name: 'Ändra webhooken till https://hooks.example.se/din' }));
    const form = within(region).getByRole('heading', { name: 'Ändra webhooken till https://hooks.example.se/din' }).closest('form')!;
    expect(within(form).getByLabelText(/En publicerad resurs ändras/)).toBeChecked();
    await user.click(within(form).getByLabelText(/En publicerad resurs ändras/));
    await user.clear(within(form).getByLabelText('Beskrivning'));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    expect(await within(region).findByText('Webhooken till https://hooks.example.se/din är sparad.')).toBeInTheDocument();
    expect(calls).toEqual([{ method: 'PUT', path: `${BASE}/w-1`, body: { url: 'https://hooks.example.se/din', eventTypes: ['resource.published'] } }]);
  });

  it('deletes only after a confirmation', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    const region = await panel();
    const remove = within(region).getByRole('button', { name: 'Ta bort webhooken till https://hooks.example.se/din' });

    await user.click(remove);
    let dialog = within(region).getByRole('alertdialog', { name: 'Ta bort webhooken?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('leveranslogg försvinner'));
    await user.keyboard('{Escape}');
    expect(remove).toHaveFocus();
    expect(calls).toEqual([]);

    await user.click(remove);
    dialog = within(region).getByRole('alertdialog', { name: 'Ta bort webhooken?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort webhooken till https://hooks.example.se/din' }));

    expect(await within(region).findByText('Webhooken till https://hooks.example.se/din är borttagen.')).toBeInTheDocument();
    expect(calls).toEqual([{ method: 'DELETE', path: `${BASE}/w-1` }]);
    expect(await within(region).findByText('Organisationen har inga webhooks än.')).toBeInTheDocument();
    expect(within(region).getByRole('heading', { name: 'Webhooks' })).toHaveFocus();
  });

  it('rotates the signing secret after a confirmation and shows the new one once', async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    const region = await panel();

    await user.click(within(region).getByRole('button', { name: 'Byt signeringshemlighet för https://hooks.example.se/din' }));
    const confirm = within(region).getByRole('alertdialog', { name: 'Byt signeringshemlighet för webhooken?' });
    await user.click(within(confirm).getByRole('button', { name: 'Byt signeringshemlighet för https://hooks.example.se/din' }));

    const dialog = await within(region).findByRole('dialog', { name: 'Ny signeringshemlighet för https://hooks.example.se/din' });
    expect(within(dialog).getByLabelText('Signeringshemlighet')).toHaveValue('whsec_bmV3');
    // The confirmation has closed, so the new secret's panel keeps the focus it takes.
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveTextContent('Den gamla hemligheten gäller i ett dygn till');
    expect(calls).toEqual([{ method: 'POST', path: `${BASE}/w-1/rotate-secret` }]);
  });

  it('shows the delivery log with status, attempts and the last answer, and sends one again', async () => {
    const user = userEvent.setup();
    const { calls } = setup({
      deliveries: [
        delivery({
          id: 'd-2', status: 'RETRYING', attempts: 3, lastResponseStatus: 503, lastResponseBody: 'Service Unavailable',
          nextAttemptAt: '2026-11-04T11:00:00+01:00', createdAt: '2026-11-04T10:30:00+01:00',
        }),
        delivery({ id: 'd-1', status: 'FAILED', attempts: 1, lastResponseStatus: undefined, lastError: 'connection refused' }),
      ],
    });
    const region = await panel();
    const toggle = within(region).getByRole('button', { name: 'Leveranser till https://hooks.example.se/din' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const table = await within(region).findByRole('table', { name: 'Leveranser till https://hooks.example.se/din, senaste först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('resource.published');
    expect(rows[0]).toHaveTextContent('Försöker igen');
    expect(within(rows[0]!).getAllByRole('cell')[3]).toHaveTextContent('3');
    expect(rows[0]).toHaveTextContent('HTTP 503');
    expect(rows[0]).toHaveTextContent('Service Unavailable');
    expect(rows[1]).toHaveTextContent('Misslyckad');
    expect(rows[1]).toHaveTextContent('connection refused');

    await user.click(within(rows[0]!).getByRole('button', { name: /^Skicka igen: resource\.published från/ }));

    expect(await within(region).findByText('resource.published skickas igen.')).toBeInTheDocument();
    expect(calls).toEqual([{ method: 'POST', path: `${BASE}/w-1/deliveries/d-2/redeliver` }]);
  });
});
