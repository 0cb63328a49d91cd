import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { installDialogPolyfill } from '../../../components/dialog-polyfill.testing';
import { actor, me } from '../../../test/actor-fixtures';
import { actorPageMocks } from '../../../test/actor-page-mocks';
import { http, mockApi, problemBody, PROBLEM_JSON, type Problem } from '../../../test/api-mock';
import { signedInMocks } from '../../../test/session-mocks';
import { renderApp } from '../../../test/render-app';
import type { components } from '../../../lib/api/schema';
import type { ApiClientView } from '../model';
import { ACTOR_ID, apiClient, TOKEN_URL } from '../test-fixtures';

beforeAll(installDialogPolyfill);

type Actor = components['schemas']['Actor'];
type Me = components['schemas']['Me'];

const SECRET = 'kR9x-only-once-3f1c';

/** The actor's page with a fake API holding the actor's API clients; records what was posted. */
function setup(options: { actor?: Actor; me?: Me; clients?: ApiClientView[]; refuseCreate?: () => Problem } = {}) {
  const subject = options.actor ?? actor({ id: ACTOR_ID, myRole: 'OWNER' });
  let clients = options.clients ?? [apiClient()];
  const posts: { path: string; body: unknown }[] = [];
  const client = (id: string) => clients.find((c) => c.id === id)!;
  const api = mockApi(
    ...signedInMocks(options.me ?? me()),
    http.get('/api/v1/actors/{actorId}/api-clients', ({ params, response }) => {
      expect(params.actorId).toBe(ACTOR_ID);
      return response(200).json({ items: clients });
    }),
    http.post('/api/v1/actors/{actorId}/api-clients', async ({ request, response }) => {
      const body = await request.json();
      posts.push({ path: 'create', body });
      const refusal = options.refuseCreate?.();
      if (refusal) return response(400).json(refusal, PROBLEM_JSON);
      const created = apiClient({ id: 'c-2', name: body.name, clientId: 'din-int-webbplatsen-9z8y' });
      clients = [created, ...clients];
      return response(201).json({ client: created, clientSecret: SECRET, tokenUrl: TOKEN_URL });
    }),
    http.post('/api/v1/actors/{actorId}/api-clients/{id}/revoke', ({ params, response }) => {
      posts.push({ path: 'revoke', body: null });
      clients = clients.map((c) => (c.id === params.id ? { ...c, status: 'REVOKED' as const, revokedAt: '2026-11-30T12:00:00+01:00' } : c));
      return response(200).json(client(params.id));
    }),
    http.post('/api/v1/actors/{actorId}/api-clients/{id}/rotate-secret', ({ params, response }) => {
      posts.push({ path: 'rotate', body: null });
      clients = clients.map((c) => (c.id === params.id ? { ...c, secretRotatedAt: '2026-11-30T12:00:00+01:00' } : c));
      return response(200).json({ client: client(params.id), clientSecret: 'rotated-secret-77', tokenUrl: TOKEN_URL });
    }),
    ...actorPageMocks(subject),
  );
  renderApp({ path: `/aktorer/${subject.slug}`, fetch: api.fetch, auth: 'authenticated' });
  return { api, posts };
}

async function panel() {
  return screen.findByRole('region', { name: 'API-klienter' });
}

describe('the API clients panel', () => {
  it("is on the page of an actor one owns, and an admin's, but not an editor's", async () => {
    setup({ actor: actor({ id: ACTOR_ID, myRole: 'EDITOR' }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Umeå Science Park' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Samverkan' }).catch(() => undefined);
    expect(screen.queryByRole('region', { name: 'API-klienter' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Webhooks' })).not.toBeInTheDocument();
  });

  it('is there for an admin who is not among the owners', async () => {
    setup({ actor: actor({ id: ACTOR_ID }), me: me({ roles: ['member', 'admin'] }) });
    expect(await panel()).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Webhooks' })).toBeInTheDocument();
  });

  it('lists the clients with their status, client id and who created them', async () => {
    setup({ clients: [apiClient(), apiClient({ id: 'c-0', name: 'Gamla CRM', status: 'REVOKED', revokedAt: '2026-11-20T12:00:00+01:00' })] });
    const region = await panel();
    const items = await within(region).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Evenemangskalendern Aktiv');
    expect(items[0]).toHaveTextContent('din-int-evenemangskalendern-1a2b');
    expect(items[0]).toHaveTextContent('av Anna Lindqvist');
    expect(items[1]).toHaveTextContent('Gamla CRM Återkallad');
    // A revoked client has nothing left to do.
    expect(within(items[1]!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('creates a client and shows its secret once, with the token URL and a curl example, focused; closing forgets it', async () => {
    const user = userEvent.setup();
    const { posts } = setup();
    const region = await panel();
    await within(region).findByText('Evenemangskalendern');

    await user.type(within(region).getByLabelText(/^Namn på klienten/), '  Webbplatsen ');
    await user.click(within(region).getByRole('button', { name: 'Skapa API-klient' }));

    const dialog = await within(region).findByRole('dialog', { name: 'API-klienten Webbplatsen är skapad' });
    expect(posts).toEqual([{ path: 'create', body: { name: 'Webbplatsen' } }]);
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveAccessibleDescription(/Hemligheten visas bara nu\./);
    expect(within(dialog).getByLabelText('Klienthemlighet')).toHaveValue(SECRET);
    expect(within(dialog).getByLabelText('Klient-id')).toHaveValue('din-int-webbplatsen-9z8y');
    expect(within(dialog).getByLabelText('Token-URL')).toHaveValue(TOKEN_URL);
    const curl = within(dialog).getByLabelText<HTMLTextAreaElement>('Exempel med curl').value;
    expect(curl).toContain(`CLIENT_SECRET='${SECRET}'`);
    expect(curl).toContain(`'${TOKEN_URL}'`);
    expect(within(dialog).getByRole('button', { name: 'Kopiera Klienthemlighet' })).toBeInTheDocument();
    // The name field is empty for the next one, and the list has the new client.
    expect(within(region).getByLabelText(/^Namn på klienten/)).toHaveValue('');
    expect(await within(within(region).getByRole('list')).findByText('din-int-webbplatsen-9z8y')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Jag har sparat hemligheten, stäng' }));

    expect(within(region).queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(within(region).getByRole('heading', { name: 'API-klienter' })).toHaveFocus();
  });

  it('asks for a name before sending anything, and shows the server’s problem on the name field', async () => {
    const user = userEvent.setup();
    const { posts } = setup({
      refuseCreate: () =>
        problemBody(400, {
          title: 'Invalid input',
          detail: 'Invalid input',
          errors: [{ field: 'name', code: 'too-long', message: 'size must be between 1 and 100', params: { max: 100 } }],
        }),
    });
    const region = await panel();
    const name = within(region).getByLabelText(/^Namn på klienten/);

    await user.click(within(region).getByRole('button', { name: 'Skapa API-klient' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Ge klienten ett namn.'));
    expect(posts).toEqual([]);

    await user.type(name, 'Webbplatsen');
    await user.click(within(region).getByRole('button', { name: 'Skapa API-klient' }));

    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining('får vara högst 100 tecken')));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toHaveLength(1);
    expect(within(region).queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('revokes only after a confirmation, and a cancel sends nothing', async () => {
    const user = userEvent.setup();
    const { posts } = setup();
    const region = await panel();
    const revoke = await within(region).findByRole('button', { name: 'Återkalla Evenemangskalendern' });

    await user.click(revoke);
    let dialog = within(region).getByRole('alertdialog', { name: 'Återkalla Evenemangskalendern?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Det går inte att ångra.'));
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(revoke).toHaveFocus();
    expect(posts).toEqual([]);

    await user.click(revoke);
    dialog = within(region).getByRole('alertdialog', { name: 'Återkalla Evenemangskalendern?' });
    await user.click(within(dialog).getByRole('button', { name: 'Återkalla Evenemangskalendern' }));

    expect(await within(region).findByText('Evenemangskalendern är återkallad.')).toBeInTheDocument();
    expect(posts).toEqual([{ path: 'revoke', body: null }]);
    await waitFor(() => expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent('Evenemangskalendern Återkallad'));
    expect(within(region).getByRole('heading', { name: 'API-klienter' })).toHaveFocus();
  });

  it('rotates after a confirmation and shows the new secret once', async () => {
    const user = userEvent.setup();
    const { posts } = setup();
    const region = await panel();

    await user.click(await within(region).findByRole('button', { name: 'Byt hemlighet för Evenemangskalendern' }));
    expect(posts).toEqual([]);
    const confirm = within(region).getByRole('alertdialog', { name: 'Byt hemlighet för Evenemangskalendern?' });
    await user.click(within(confirm).getByRole('button', { name: 'Byt hemlighet för Evenemangskalendern' }));

    const dialog = await within(region).findByRole('dialog', { name: 'Ny hemlighet för Evenemangskalendern' });
    expect(within(dialog).getByLabelText('Klienthemlighet')).toHaveValue('rotated-secret-77');
    // The confirmation has closed, so the new secret's panel keeps the focus it takes.
    expect(dialog).toHaveFocus();
    expect(posts).toEqual([{ path: 'rotate', body: null }]);
  });
});
