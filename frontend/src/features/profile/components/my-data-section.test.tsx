import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../../lib/i18n/i18n-context';
import type { components } from '../../../lib/api/schema';
import { http, mockApi, problemBody, PROBLEM_JSON, problemInit } from '../../../test/api-mock';
import { NO_INVITATIONS } from '../../../test/session-mocks';
import { renderApp } from '../../../test/render-app';

const ANNA: components['schemas']['Me'] = {
  subject: '3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c01',
  name: 'Anna Lindqvist',
  email: 'anna@example.se',
  roles: ['member'],
  memberships: [],
  joinRequests: [],
};

const EXPORT: components['schemas']['MyDataExport'] = {
  exportedAt: '2026-12-01T02:00:00Z',
  subject: ANNA.subject,
  profile: { subject: ANNA.subject, name: 'Anna Lindqvist', createdAt: '2026-01-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z' },
  memberships: [],
  joinRequests: [],
  created: { actors: [], resources: [], collaborations: [] },
  apiClients: [],
  webhooks: [],
  joinRequestsDecided: [],
  invitations: [],
  takedowns: [],
  idempotencyKeys: [],
  auditEntries: [],
  auditEntriesAboutYou: [],
};

const POSSIBLE: components['schemas']['ErasurePlan'] = {
  possible: true,
  blockingActors: [],
  memberships: [
    { actorId: 'a1', actorName: 'Norrskensdata AB', role: 'EDITOR' },
    { actorId: 'a2', actorName: 'Kvarken Spelstudio AB', role: 'MEMBER' },
  ],
  pendingJoinRequests: 2,
  confirmation: 'token-1',
  confirmationExpiresAt: '2026-12-01T02:10:00Z',
};

const BLOCKED: components['schemas']['ErasurePlan'] = {
  possible: false,
  blockingActors: [{ id: 'a1', name: 'Norrskensdata AB', slug: 'norrskensdata-ab' }],
  memberships: [{ actorId: 'a1', actorName: 'Norrskensdata AB', role: 'OWNER' }],
  pendingJoinRequests: 0,
};

type Erase = Parameters<typeof http.delete<'/api/v1/me'>>[1];
type Export = Parameters<typeof http.get<'/api/v1/me/export'>>[1];

/** The API of the profile page: GET /me, the plan (one answer per call, the last repeating) and DELETE /me. */
function server(options: { plans?: components['schemas']['ErasurePlan'][]; erase?: Erase; export?: Export }) {
  const plans = [...(options.plans ?? [POSSIBLE])];
  return mockApi(
    http.get('/api/v1/me', ({ response }) => response(200).json(ANNA)),
    http.get('/api/v1/me/invitations', ({ response }) => response(200).json(NO_INVITATIONS)),
    http.delete('/api/v1/me', options.erase ?? (({ response }) => response(204).empty())),
    http.get('/api/v1/me/erasure', ({ response }) => response(200).json((plans.length > 1 ? plans.shift() : plans[0])!)),
    http.get('/api/v1/me/export', options.export ?? (({ response }) => response(200).json(EXPORT))),
  );
}

function deletes(requests: Request[]) {
  return requests.filter((request) => request.method === 'DELETE');
}

function planCalls(requests: Request[]) {
  return requests.filter((request) => new URL(request.url).pathname === '/api/v1/me/erasure');
}

async function openErasure(user: ReturnType<typeof userEvent.setup>) {
  const section = await screen.findByRole('region', { name: 'Radera mitt konto' });
  await user.click(within(section).getByRole('button', { name: 'Radera mitt konto…' }));
  return section;
}

describe('"Mina data" on the profile page', () => {
  let saved: { blob: Blob; download: string }[];

  beforeEach(() => {
    saved = [];
    const urls = new Map<string, Blob>();
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:http://spa.test/${urls.size}`;
        urls.set(url, blob);
        return url;
      },
      revokeObjectURL: () => {},
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ blob: urls.get(this.href) as Blob, download: this.download });
    });
  });

  afterEach(() => vi.restoreAllMocks());

  describe('download', () => {
    it('fetches the export with the token and saves it under the name the API gives', async () => {
      const user = userEvent.setup();
      const api = server({
        export: ({ response }) =>
          response(200).json(EXPORT, { headers: { 'Content-Disposition': 'attachment; filename="din-my-data-2026-12-01.json"' } }),
      });
      renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      const section = await screen.findByRole('region', { name: 'Mina data' });
      expect(within(section).getByRole('heading', { level: 2, name: 'Mina data' })).toBeInTheDocument();
      await user.click(within(section).getByRole('button', { name: 'Ladda ner mina data' }));

      expect(await within(section).findByText('Dina data är nedladdade som din-my-data-2026-12-01.json.')).toBeInTheDocument();
      const request = api.requests.find((r) => new URL(r.url).pathname === '/api/v1/me/export');
      expect(request?.headers.get('Authorization')).toBe('Bearer test-token');
      expect(saved).toHaveLength(1);
      expect(saved[0]?.download).toBe('din-my-data-2026-12-01.json');
      expect(JSON.parse(await (saved[0]?.blob as Blob).text())).toEqual(EXPORT);
      // Nothing is asked about erasure until the person opens it.
      expect(planCalls(api.requests)).toHaveLength(0);
    });

    it('says what went wrong and saves nothing when the export fails', async () => {
      const user = userEvent.setup();
      const api = server({
        export: ({ response }) => response('default').json(problemBody(503, { detail: 'Try again' }), problemInit(503)),
      });
      renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      const section = await screen.findByRole('region', { name: 'Ladda ner mina data' });
      await user.click(within(section).getByRole('button', { name: 'Ladda ner mina data' }));

      expect(await within(section).findByRole('alert')).toHaveTextContent('Tjänsten är inte tillgänglig just nu');
      expect(saved).toHaveLength(0);
      expect(within(section).getByRole('button', { name: 'Ladda ner mina data' })).toBeEnabled();
    });
  });

  describe('erasure', () => {
    it('shows what ends, asks for the username, erases with the confirmation and logs out to the erased page', async () => {
      const user = userEvent.setup();
      const api = server({});
      const { authClient } = renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      const section = await openErasure(user);

      expect(await within(section).findByText('Dina 2 medlemskap upphör:')).toBeInTheDocument();
      expect(within(section).getByText('Norrskensdata AB, som Redaktör')).toBeInTheDocument();
      expect(within(section).getByText('Kvarken Spelstudio AB, som Medlem')).toBeInTheDocument();
      expect(within(section).getByText('Dina 2 förfrågningar om att gå med i organisationer dras tillbaka.')).toBeInTheDocument();
      expect(within(section).getByText(/finns kvar i ändringsloggen, men under en pseudonym/)).toBeInTheDocument();
      expect(within(section).getByText('Det går inte att ångra.')).toBeInTheDocument();
      expect(planCalls(api.requests)[0]?.headers.get('Authorization')).toBe('Bearer test-token');

      const erase = within(section).getByRole('button', { name: 'Radera mitt konto för alltid' });
      const username = within(section).getByLabelText('Skriv ditt användarnamn, anna, för att bekräfta');
      expect(erase).toBeDisabled();
      await user.type(username, 'ann');
      expect(erase).toBeDisabled();
      await user.type(username, 'a');
      expect(erase).toBeEnabled();

      await user.click(erase);

      await vi.waitFor(() => expect(authClient.logout).toHaveBeenCalledWith({ redirectPath: '/konto-raderat' }));
      const [request] = deletes(api.requests);
      expect(new URL(request!.url).searchParams.get('confirmation')).toBe('token-1');
      expect(request!.headers.get('Authorization')).toBe('Bearer test-token');
      expect(within(section).getByRole('status')).toHaveTextContent('Ditt konto är raderat. Du loggas ut…');
    });

    it('cancels without erasing anything', async () => {
      const user = userEvent.setup();
      const api = server({});
      renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      const section = await openErasure(user);
      await user.type(await within(section).findByLabelText(/Skriv ditt användarnamn/), 'anna');
      await user.click(within(section).getByRole('button', { name: 'Avbryt' }));

      expect(within(section).queryByRole('button', { name: 'Radera mitt konto för alltid' })).toBeNull();
      expect(within(section).getByRole('button', { name: 'Radera mitt konto…' })).toHaveFocus();
      expect(deletes(api.requests)).toHaveLength(0);
    });

    it('when the person is the only owner, links the actors, says what to do and offers no erase button', async () => {
      const user = userEvent.setup();
      const api = server({ plans: [BLOCKED] });
      renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      const section = await openErasure(user);

      const alert = await within(section).findByRole('alert');
      expect(alert).toHaveTextContent('du är enda ägare till den här organisationen');
      expect(alert).toHaveTextContent('Gör någon annan till ägare först (på organisationens sida), så går det sedan.');
      expect(within(alert).getByRole('link', { name: 'Norrskensdata AB' })).toHaveAttribute('href', '/aktorer/norrskensdata-ab');
      expect(within(section).getByText('Norrskensdata AB, som Ägare')).toBeInTheDocument();
      expect(within(section).queryByRole('button', { name: 'Radera mitt konto för alltid' })).toBeNull();
      expect(within(section).queryByLabelText(/Skriv ditt användarnamn/)).toBeNull();
    });

    it('checks again after the person fixed what blocked, and then offers the erasure', async () => {
      const user = userEvent.setup();
      const api = server({ plans: [BLOCKED, POSSIBLE] });
      renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      const section = await openErasure(user);
      await user.click(await within(section).findByRole('button', { name: 'Kontrollera igen' }));

      expect(await within(section).findByRole('button', { name: 'Radera mitt konto för alltid' })).toBeDisabled();
      expect(within(section).queryByRole('alert')).toBeNull();
      expect(planCalls(api.requests)).toHaveLength(2);
    });

    it('on 400 (the confirmation expired) fetches a new plan, says so, and erases with the new token', async () => {
      const user = userEvent.setup();
      let expired = true;
      const erase: Erase = ({ response }) =>
        expired
          ? response(400).json(
              problemBody(400, { title: 'Invalid input', errors: [{ field: 'confirmation', code: 'invalid', message: 'is not valid' }] }),
              PROBLEM_JSON,
            )
          : response(204).empty();
      const api = server({ plans: [POSSIBLE, { ...POSSIBLE, confirmation: 'token-2' }], erase });
      const { authClient } = renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      const section = await openErasure(user);
      await user.type(await within(section).findByLabelText(/Skriv ditt användarnamn/), 'anna');
      await user.click(within(section).getByRole('button', { name: 'Radera mitt konto för alltid' }));

      expect(await within(section).findByRole('alert')).toHaveTextContent('Bekräftelsen hann gå ut, så ingenting raderades.');
      await vi.waitFor(() => expect(planCalls(api.requests)).toHaveLength(2));
      expect(authClient.logout).not.toHaveBeenCalled();

      expired = false;
      const button = within(section).getByRole('button', { name: 'Radera mitt konto för alltid' });
      await vi.waitFor(() => expect(button).toBeEnabled());
      await user.click(button);

      await vi.waitFor(() => expect(authClient.logout).toHaveBeenCalledOnce());
      expect(deletes(api.requests).map((r) => new URL(r.url).searchParams.get('confirmation'))).toEqual(['token-1', 'token-2']);
    });

    it('on 409 names the actors the person has become the only owner of, and erases nothing', async () => {
      const user = userEvent.setup();
      const api = server({
        plans: [POSSIBLE, BLOCKED],
        erase: ({ response }) =>
          response(409).json(
            {
              type: 'urn:din:problem:last-owner',
              title: 'Last owner',
              status: 409,
              detail: 'You are the only owner of Norrskensdata AB',
              actors: [{ id: 'a1', name: 'Norrskensdata AB', slug: 'norrskensdata-ab' }],
            },
            PROBLEM_JSON,
          ),
      });
      const { authClient } = renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      const section = await openErasure(user);
      await user.type(await within(section).findByLabelText(/Skriv ditt användarnamn/), 'anna');
      await user.click(within(section).getByRole('button', { name: 'Radera mitt konto för alltid' }));

      const alert = await within(section).findByRole('alert');
      expect(alert).toHaveTextContent('du är enda ägare till den här organisationen');
      expect(within(alert).getByRole('link', { name: 'Norrskensdata AB' })).toHaveAttribute('href', '/aktorer/norrskensdata-ab');
      await vi.waitFor(() => expect(within(section).queryByRole('button', { name: 'Radera mitt konto för alltid' })).toBeNull());
      expect(authClient.logout).not.toHaveBeenCalled();
    });

    it('on 503 (Keycloak could not be reached) says nothing was erased and keeps the form', async () => {
      const user = userEvent.setup();
      const api = server({
        erase: ({ response }) => response(503).json(problemBody(503, { detail: 'Keycloak' }), PROBLEM_JSON),
      });
      const { authClient } = renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      const section = await openErasure(user);
      await user.type(await within(section).findByLabelText(/Skriv ditt användarnamn/), 'anna');
      await user.click(within(section).getByRole('button', { name: 'Radera mitt konto för alltid' }));

      expect(await within(section).findByRole('alert')).toHaveTextContent('Tjänsten är inte tillgänglig just nu');
      expect(within(section).getByText('Ingenting raderades.')).toBeInTheDocument();
      expect(within(section).getByRole('button', { name: 'Radera mitt konto för alltid' })).toBeEnabled();
      expect(authClient.logout).not.toHaveBeenCalled();
    });

    it('speaks English when the person chose it', async () => {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
      const user = userEvent.setup();
      const api = server({ plans: [BLOCKED] });
      renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

      expect(await screen.findByRole('heading', { level: 2, name: 'My data' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Download my data' })).toBeInTheDocument();
      const section = screen.getByRole('region', { name: 'Erase my account' });
      await user.click(within(section).getByRole('button', { name: 'Erase my account…' }));

      expect(await within(section).findByRole('alert')).toHaveTextContent(
        'You cannot erase your account yet, because you are the only owner of this organisation.',
      );
      expect(within(section).getByText('Norrskensdata AB, as Owner')).toBeInTheDocument();
    });
  });
});

describe('the account-erased page', () => {
  it('is public, says the account is erased and asks the API nothing', async () => {
    const api = mockApi();
    renderApp({ path: '/konto-raderat', fetch: api.fetch, auth: 'anonymous' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ditt konto är raderat' })).toBeInTheDocument();
    expect(screen.getByText(/du är utloggad/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Ditt konto är raderat – Digital Impact North');
    expect(api.requests.filter((r) => new URL(r.url).pathname.startsWith('/api/v1/me'))).toHaveLength(0);
  });

  it('in English', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderApp({ path: '/konto-raderat', fetch: mockApi().fetch, auth: 'anonymous' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account is erased' })).toBeInTheDocument();
  });
});
