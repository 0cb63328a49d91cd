import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { installDialogPolyfill } from '../../../components/dialog-polyfill.testing';
import type { RequestHandler } from 'msw';
import { etag, http, mockApi, problemBody, PROBLEM_JSON, problemInit } from '../../../test/api-mock';
import { EMPTY_RESOURCE_PAGE } from '../../../test/page-fixtures';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import type { Collaboration } from '../model';
import { collaboration, me, NO_PARTNER_SUGGESTIONS, NORRSKEN, PARTICIPANT_ACTORS, REGION, UMEA, UMU, vocabularyMocks } from '../test-fixtures';

beforeAll(installDialogPolyfill);

const PATH = '/samverkan/ai-for-basindustrin';

/** The page's API: the collaboration `shown()` returns, what the page asks beside it, and `handlers` first. */
function collaborationApi(shown: () => Collaboration, ...handlers: RequestHandler[]) {
  return mockApi(
    ...handlers,
    http.get('/api/v1/collaborations/{id}', ({ response }) => {
      const current = shown();
      return response(200).json(current, etag(current.version));
    }),
    PARTICIPANT_ACTORS,
    // The resources an editor could link: none here.
    http.get('/api/v1/resources', ({ response }) => response(200).json(EMPTY_RESOURCE_PAGE)),
    ...vocabularyMocks(),
  );
}

describe('a collaboration page', () => {
  it('shows the public the profile, the participants with their roles, the funding and the description', async () => {
    const api = collaborationApi(() => collaboration());
    renderApp({ path: PATH, fetch: api.fetch });

    expect(await screen.findByRole('heading', { level: 1, name: 'AI för basindustrin' })).toBeInTheDocument();
    const profile = screen.getByRole('region', { name: 'Gränser som samverkan korsar' });
    expect(within(profile).getByText('Korsar 4 av 5 gränser')).toBeInTheDocument();
    expect(within(profile).getByText('Näringsliv och Akademi')).toBeInTheDocument();

    const participants = within(screen.getByRole('region', { name: 'Deltagare' })).getAllByRole('row');
    expect(participants.map((row) => row.textContent)).toEqual([
      'AktörSektorKommunRoll',
      'Norrskensdata ABNäringslivUmeå kommunHuvudman',
      'Umeå universitetAkademiUmeå kommunPartner',
    ]);
    const funding = within(screen.getByRole('region', { name: 'Finansiering' })).getAllByRole('row')[1]!;
    expect(funding.textContent?.replace(/\s/g, ' ')).toMatch(/^VinnovaAvancerad digitaliseringOffentlig2 500 000 kr$/u);
    expect(screen.getByText('modeller')).toBeInTheDocument();
    expect(screen.getByText('Hållbar industri, innovationer och infrastruktur', { exact: false })).toBeInTheDocument();
    // Nothing to manage for the public.
    expect(screen.queryByRole('region', { name: 'Hantera samverkan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Bjud in deltagare' })).not.toBeInTheDocument();
  });

  it('lets the lead’s people invite an actor found by name, with a role, and withdraw an invitation', async () => {
    const user = userEvent.setup();
    let current = collaboration({
      canEdit: true,
      publication: 'DRAFT',
      participants: [{ actor: NORRSKEN, sector: 'BUSINESS', municipality: UMEA, role: 'LEAD', since: '2026-03-01T10:00:00+01:00' }],
      invitations: [
        { actor: NORRSKEN, role: 'LEAD', status: 'ACCEPTED', invitedAt: '2026-03-01T10:00:00+01:00' },
        { actor: UMU, role: 'PARTNER', status: 'INVITED', invitedAt: '2026-03-01T11:00:00+01:00' },
      ],
      moderation: { visibleToPublic: false, hiddenBecause: ['DRAFT', 'TOO_FEW_PARTICIPANTS'] },
    });
    const bodies: unknown[] = [];
    const api = collaborationApi(
      () => current,
      NO_PARTNER_SUGGESTIONS,
      ...signedInMocks(me()),
      http.get('/api/v1/actors', ({ response }) =>
        response(200).json({
          items: [UMU, REGION].map((actor) => ({ ...actor, kind: 'PUBLIC_AUTHORITY' as const, sector: 'PUBLIC' as const, technologyAreas: [] })),
        }),
      ),
      http.post('/api/v1/collaborations/{id}/participants', async ({ request, response }) => {
        bodies.push(await request.json());
        const invited = { actor: REGION, role: 'FUNDER' as const, status: 'INVITED' as const, invitedAt: '2026-03-03T10:00:00+01:00' };
        current = { ...current, version: 5, invitations: [...(current.invitations ?? []), invited] };
        return response(201).json(invited);
      }),
      http.delete('/api/v1/collaborations/{id}/participants/{actorId}', ({ params, request, response }) => {
        expect(params.actorId).toBe(UMU.id);
        bodies.push(request.method);
        current = { ...current, version: 6, invitations: current.invitations!.filter((row) => row.actor.id !== UMU.id) };
        return response(204).empty();
      }),
    );
    renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });

    expect(await screen.findByText('Allmänheten ser samverkan först när minst två deltagare har tackat ja.')).toBeInTheDocument();
    expect(screen.getByText(/Det här är ett utkast/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Roll för den inbjudna'), 'FUNDER');
    await user.type(screen.getByLabelText('Sök aktör att bjuda in'), 'Re');
    // Umeå universitet is invited already: only the region is offered.
    await user.click(await screen.findByRole('button', { name: 'Bjud in Region Västerbotten' }));
    expect(screen.queryByRole('button', { name: 'Bjud in Umeå universitet' })).not.toBeInTheDocument();
    expect(await screen.findByText('Region Västerbotten är inbjuden.')).toBeInTheDocument();
    expect(bodies[0]).toEqual({ actorId: REGION.id, role: 'FUNDER' });
    const actorSearch = api.requests.map((request) => new URL(request.url)).find((url) => url.pathname === '/api/v1/actors');
    expect(actorSearch?.searchParams.get('q')).toBe('Re');

    const invitations = screen.getByRole('table', { name: 'Alla aktörer som bjudits in, med roll och svar' });
    await waitFor(() => expect(within(invitations).getByRole('row', { name: /Region Västerbotten/ })).toHaveTextContent('inbjuden, väntar på svar'));
    await user.click(within(invitations).getByRole('button', { name: 'Dra tillbaka inbjudan till Umeå universitet' }));
    expect(await screen.findByText('Inbjudan till Umeå universitet är tillbakadragen.')).toBeInTheDocument();
    expect(bodies[1]).toBe('DELETE');
    await waitFor(() => expect(within(invitations).queryByRole('row', { name: /Umeå universitet/ })).not.toBeInTheDocument());
  });

  it('names the actor when the API refuses an invitation (already invited, not active, full)', async () => {
    const user = userEvent.setup();
    const api = collaborationApi(
      () => collaboration({ canEdit: true, invitations: [] }),
      NO_PARTNER_SUGGESTIONS,
      ...signedInMocks(me()),
      http.get('/api/v1/actors', ({ response }) =>
        response(200).json({ items: [{ ...REGION, kind: 'PUBLIC_AUTHORITY', sector: 'PUBLIC', technologyAreas: [] }] }),
      ),
      http.post('/api/v1/collaborations/{id}/participants', ({ response }) =>
        response(400).json(
          problemBody(400, { title: 'Invalid input', errors: [{ field: 'actorId', code: 'invalid', message: 'is not active' }] }),
          PROBLEM_JSON,
        ),
      ),
    );
    renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });

    await user.type(await screen.findByLabelText('Sök aktör att bjuda in'), 'Region');
    await user.click(await screen.findByRole('button', { name: 'Bjud in Region Västerbotten' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Region Västerbotten kan inte bjudas in eftersom den inte är en godkänd, aktiv aktör.',
    );
  });

  it('publishes with the ETag of the version shown, and offers to reload when someone else was first', async () => {
    const user = userEvent.setup();
    const ifMatch: (string | null)[] = [];
    let answer: 'ok' | 'stale' = 'stale';
    const draft = collaboration({ canEdit: true, publication: 'DRAFT' });
    const api = collaborationApi(
      () => draft,
      NO_PARTNER_SUGGESTIONS,
      ...signedInMocks(me()),
      http.post('/api/v1/collaborations/{id}/publish', ({ request, response }) => {
        ifMatch.push(request.headers.get('If-Match'));
        return answer === 'stale'
          ? response(412).json(problemBody(412), PROBLEM_JSON)
          : response(200).json({ ...draft, publication: 'PUBLISHED', version: 5 }, etag(5));
      }),
    );
    renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });

    await user.click(await screen.findByRole('button', { name: 'Publicera' }));
    expect(await screen.findByText(/Någon annan har ändrat samverkan under tiden/)).toBeInTheDocument();
    answer = 'ok';
    await user.click(screen.getByRole('button', { name: 'Ladda om' }));
    await user.click(await screen.findByRole('button', { name: 'Publicera' }));
    expect(await screen.findByText('Samverkan är publicerad.')).toBeInTheDocument();
    expect(ifMatch).toEqual(['"4"', '"4"']);
    expect(screen.getByRole('link', { name: 'Redigera' })).toHaveAttribute('href', '/samverkan/ai-for-basindustrin/redigera');
  });

  it('lets an owner of a participant leave, and a moderator take it down with a reason', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    const api = collaborationApi(
      () => collaboration(),
      ...signedInMocks(me({ roles: ['member', 'moderator'], memberships: [{ actor: UMU, role: 'OWNER', since: '2026-01-01T10:00:00+01:00' }] })),
      http.delete('/api/v1/collaborations/{id}/participants/{actorId}', ({ params, request, response }) => {
        calls.push(`${request.method} leave ${params.actorId === UMU.id ? 'UMU' : params.actorId}`);
        return response(204).empty();
      }),
      http.post('/api/v1/collaborations/{id}/takedown', async ({ request, response }) => {
        calls.push(`takedown ${JSON.stringify(await request.json())} ${request.headers.get('If-Match')}`);
        const takenDown = collaboration({
          version: 5,
          moderation: { visibleToPublic: false, hiddenBecause: ['TAKEN_DOWN'], takedownReason: 'Reklam', takenDownAt: '2026-03-05T10:00:00+01:00' },
        });
        return response(200).json(takenDown, etag(5));
      }),
    );
    renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });

    const leave = await screen.findByRole('button', { name: 'Lämna samverkan för Umeå universitet' });
    await user.click(leave);
    await user.click(within(screen.getByRole('alertdialog', { name: 'Lämna samverkan för Umeå universitet?' })).getByRole('button', { name: 'Avbryt' }));
    expect(calls).toEqual([]);
    await user.click(leave);
    const dialog = screen.getByRole('alertdialog', { name: 'Lämna samverkan för Umeå universitet?' });
    expect(dialog).toHaveTextContent('måste huvudmannen bjuda in er igen');
    await user.click(within(dialog).getByRole('button', { name: 'Lämna samverkan för Umeå universitet' }));
    expect(await screen.findByText('Umeå universitet har lämnat samverkan.')).toBeInTheDocument();
    // The lead is never offered to leave.
    expect(screen.queryByRole('button', { name: /Lämna samverkan för Norrskensdata/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ta ned samverkan' }));
    expect(screen.getByText('Skriv varför samverkan tas ned.')).toBeInTheDocument();
    expect(calls).toEqual(['DELETE leave UMU']);
    await user.type(screen.getByLabelText('Motivering'), 'Reklam');
    await user.click(screen.getByRole('button', { name: 'Ta ned samverkan' }));
    expect(await screen.findByText('En moderator har tagit ned samverkan.')).toBeInTheDocument();
    expect(screen.getByText('Motivering: Reklam')).toBeInTheDocument();
    expect(calls[1]).toBe('takedown {"reason":"Reklam"} "4"');
    expect(screen.getByRole('button', { name: 'Återställ samverkan' })).toBeInTheDocument();
  });

  it('shows a moderator who is not among the lead’s people every invitation and its answer, with nothing to change', async () => {
    const api = collaborationApi(
      () =>
        collaboration({
          canEdit: false,
          invitations: [
            { actor: NORRSKEN, role: 'LEAD', status: 'ACCEPTED', invitedAt: '2026-03-01T10:00:00+01:00' },
            { actor: UMU, role: 'PARTNER', status: 'ACCEPTED', invitedAt: '2026-03-01T11:00:00+01:00' },
            { actor: REGION, role: 'FUNDER', status: 'DECLINED', invitedAt: '2026-03-02T11:00:00+01:00' },
          ],
        }),
      ...signedInMocks(me({ roles: ['member', 'moderator'], memberships: [] })),
    );
    renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });

    const table = await screen.findByRole('table', { name: 'Alla aktörer som bjudits in, med roll och svar' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[3]!.textContent).toContain('Region Västerbotten');
    expect(rows[3]!.textContent).toContain('Finansiär');
    // Read-only: no invite form, no role selects, no withdraw, remove or hand-over buttons.
    expect(screen.queryByRole('region', { name: 'Bjud in deltagare' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says so when the collaboration does not exist or is hidden from the caller', async () => {
    const api = mockApi(
      http.get('/api/v1/collaborations/{id}', ({ response }) => response('default').json(problemBody(404), problemInit(404))),
      ...vocabularyMocks(),
    );
    renderApp({ path: PATH, fetch: api.fetch });
    expect(await screen.findByText('Samverkan finns inte, eller så får du inte se den.')).toBeInTheDocument();
  });
});
