import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { installDialogPolyfill } from '../../../components/dialog-polyfill.testing';
import type { RequestHandler } from 'msw';
import { etag, http, mockApi, problemBody, PROBLEM_JSON } from '../../../test/api-mock';
import { EMPTY_RESOURCE_PAGE } from '../../../test/page-fixtures';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import { collaboration, me, NO_PARTNER_SUGGESTIONS, NORRSKEN, PARTICIPANT_ACTORS, UMU, vocabularyMocks } from '../test-fixtures';

beforeAll(installDialogPolyfill);

const PATH = '/samverkan/ai-for-basindustrin';

/**
 * The lead's owner on a published collaboration where Umeå universitet has accepted; `handlers`
 * answer the test's writes (before what the page reads).
 */
function renderLead(...handlers: RequestHandler[]) {
  const current = collaboration({
    canEdit: true,
    publication: 'PUBLISHED',
    invitations: [
      { actor: NORRSKEN, role: 'LEAD', status: 'ACCEPTED', invitedAt: '2026-03-01T10:00:00+01:00' },
      { actor: UMU, role: 'PARTNER', status: 'ACCEPTED', invitedAt: '2026-03-01T11:00:00+01:00' },
    ],
  });
  const api = mockApi(
    ...handlers,
    ...signedInMocks(me({ memberships: [{ actor: NORRSKEN, role: 'OWNER', since: '2026-01-01T10:00:00+01:00' }] })),
    http.get('/api/v1/collaborations/{id}', ({ response }) => response(200).json(current, etag(current.version))),
    NO_PARTNER_SUGGESTIONS,
    PARTICIPANT_ACTORS,
    // The resources an editor could link: none here.
    http.get('/api/v1/resources', ({ response }) => response(200).json(EMPTY_RESOURCE_PAGE)),
    ...vocabularyMocks(),
  );
  renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });
  const writes = () => api.requests.filter((request) => request.method !== 'GET').map((r) => `${r.method} ${new URL(r.url).pathname}`);
  return { writes, current };
}

describe('safe actions on a collaboration', () => {
  it('archives only after a confirmation that names it, with the ETag shown', async () => {
    const user = userEvent.setup();
    let ifMatch: string | null = null;
    const { writes, current } = renderLead(
      http.post('/api/v1/collaborations/{id}/archive', ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        const archived = { ...current, publication: 'ARCHIVED' as const, version: current.version + 1 };
        return response(200).json(archived, etag(archived.version));
      }),
    );
    const archive = await screen.findByRole('button', { name: 'Arkivera' });

    await user.click(archive);
    await user.keyboard('{Escape}');
    expect(archive).toHaveFocus();
    expect(writes()).toEqual([]);

    await user.click(archive);
    const dialog = screen.getByRole('alertdialog', { name: 'Arkivera AI för basindustrin?' });
    expect(dialog).toHaveTextContent('ni kan publicera den igen senare');
    await user.click(within(dialog).getByRole('button', { name: 'Arkivera AI för basindustrin' }));

    expect(await screen.findByText('Samverkan är arkiverad.')).toBeInTheDocument();
    expect(writes()).toEqual(['POST /api/v1/collaborations/c-1/archive']);
    expect(ifMatch).toBe(`"${current.version}"`);
  });

  it('removes a participant that accepted only after a confirmation', async () => {
    const user = userEvent.setup();
    const { writes } = renderLead(
      http.delete('/api/v1/collaborations/{id}/participants/{actorId}', ({ params, response }) => {
        expect(params.actorId).toBe(UMU.id);
        return response(204).empty();
      }),
    );
    const remove = await screen.findByRole('button', { name: 'Ta bort Umeå universitet' });

    await user.click(remove);
    let dialog = screen.getByRole('alertdialog', { name: 'Ta bort Umeå universitet ur samverkan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(writes()).toEqual([]);

    await user.click(remove);
    dialog = screen.getByRole('alertdialog', { name: 'Ta bort Umeå universitet ur samverkan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort Umeå universitet' }));

    expect(await screen.findByText(/Umeå universitet är borttagen/)).toBeInTheDocument();
    expect(writes()).toEqual([`DELETE /api/v1/collaborations/c-1/participants/${UMU.id}`]);
  });

  it('asks before handing the lead over, and shows a refusal inside the dialog', async () => {
    const user = userEvent.setup();
    const { writes } = renderLead(
      // The contract declares no 409 for a hand-over (400, 403, 404, 412): a conflict comes as its `default`.
      http.post('/api/v1/collaborations/{id}/lead', ({ response }) =>
        // The API's refusal when the participant left meanwhile: 400 naming actorId.
        response(400).json(
          problemBody(400, {
            detail: 'Some fields are invalid',
            errors: [{ field: 'actorId', code: 'invalid', message: 'is not an accepted participant with an active actor' }],
          }),
          PROBLEM_JSON,
        ),
      ),
    );

    await user.click(await screen.findByRole('button', { name: 'Gör Umeå universitet till huvudman' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Gör Umeå universitet till huvudman?' });
    expect(dialog).toHaveTextContent('Er organisation blir partner');
    await user.click(within(dialog).getByRole('button', { name: 'Gör Umeå universitet till huvudman' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('is not an accepted participant with an active actor');
    expect(dialog).toHaveAttribute('open');
    expect(writes()).toEqual(['POST /api/v1/collaborations/c-1/lead']);
  });

  it('changes a participant\'s role only with the save button, never while choosing', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const { writes } = renderLead(
      http.put('/api/v1/collaborations/{id}/participants/{actorId}', async ({ params, request, response }) => {
        expect(params.actorId).toBe(UMU.id);
        sent.push(await request.json());
        return response(200).json({ actor: UMU, role: 'FUNDER', status: 'ACCEPTED', invitedAt: '2026-03-01T11:00:00+01:00' });
      }),
    );
    const role = await screen.findByRole('combobox', { name: 'Roll för Umeå universitet' });
    const save = screen.getByRole('button', { name: 'Spara roll för Umeå universitet' });
    expect(save).toBeDisabled();

    await user.selectOptions(role, 'ASSOCIATE');
    await user.selectOptions(role, 'FUNDER');
    expect(writes()).toEqual([]);

    await user.click(save);
    expect(await screen.findByText(/Umeå universitet har nu rollen/)).toBeInTheDocument();
    expect(writes()).toEqual([`PUT /api/v1/collaborations/c-1/participants/${UMU.id}`]);
    expect(sent).toEqual([{ role: 'FUNDER' }]);
  });
});
