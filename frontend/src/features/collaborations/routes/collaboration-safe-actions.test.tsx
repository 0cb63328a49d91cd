import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { installDialogPolyfill } from '../../../components/dialog-polyfill.testing';
import { createFakeFetch, json, problem } from '../../../test/fake-fetch';
import { renderApp } from '../../../test/render-app';
import type { Collaboration } from '../model';
import { collaboration, me, NO_PARTNER_SUGGESTIONS, NORRSKEN, UMU, VOCABULARY_ROUTES } from '../test-fixtures';

beforeAll(installDialogPolyfill);

const PATH = '/samverkan/ai-for-basindustrin';

function withEtag(body: Collaboration) {
  return json(body, { headers: { 'Content-Type': 'application/json', ETag: `"${body.version}"` } });
}

/** The lead's owner on a published collaboration where Umeå universitet has accepted. */
function renderLead(extra: Parameters<typeof createFakeFetch>[0]) {
  const current = collaboration({
    canEdit: true,
    publication: 'PUBLISHED',
    invitations: [
      { actor: NORRSKEN, role: 'LEAD', status: 'ACCEPTED', invitedAt: '2026-03-01T10:00:00+01:00' },
      { actor: UMU, role: 'PARTNER', status: 'ACCEPTED', invitedAt: '2026-03-01T11:00:00+01:00' },
    ],
  });
  const api = createFakeFetch({
    ...VOCABULARY_ROUTES,
    '/api/v1/me': () => json(me({ memberships: [{ actor: NORRSKEN, role: 'OWNER', since: '2026-01-01T10:00:00+01:00' }] })),
    '/api/v1/collaborations/ai-for-basindustrin': () => withEtag(current),
    ...NO_PARTNER_SUGGESTIONS,
    ...extra,
  });
  renderApp({ path: PATH, fetch: api.fetch, auth: 'authenticated' });
  const writes = () => api.requests.filter((request) => request.method !== 'GET').map((r) => `${r.method} ${new URL(r.url).pathname}`);
  return { writes, current };
}

describe('safe actions on a collaboration', () => {
  it('archives only after a confirmation that names it, with the ETag shown', async () => {
    const user = userEvent.setup();
    let ifMatch: string | null = null;
    const { writes, current } = renderLead({
      '/api/v1/collaborations/c-1/archive': (request) => {
        ifMatch = request.headers.get('If-Match');
        return withEtag({ ...current, publication: 'ARCHIVED', version: current.version + 1 });
      },
    });
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
    const { writes } = renderLead({ [`/api/v1/collaborations/c-1/participants/${UMU.id}`]: () => new Response(null, { status: 204 }) });
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
    const { writes } = renderLead({
      '/api/v1/collaborations/c-1/lead': () =>
        problem(409, { type: 'urn:din:problem:conflict', title: 'Conflict', detail: 'Only an accepted participant can lead' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Gör Umeå universitet till huvudman' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Gör Umeå universitet till huvudman?' });
    expect(dialog).toHaveTextContent('Er organisation blir partner');
    await user.click(within(dialog).getByRole('button', { name: 'Gör Umeå universitet till huvudman' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Only an accepted participant can lead');
    expect(dialog).toHaveAttribute('open');
    expect(writes()).toEqual(['POST /api/v1/collaborations/c-1/lead']);
  });

  it('changes a participant\'s role only with the save button, never while choosing', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const { writes } = renderLead({
      [`/api/v1/collaborations/c-1/participants/${UMU.id}`]: async (request) => {
        sent.push(await request.json());
        return json({ actor: UMU, role: 'FUNDER', status: 'ACCEPTED', invitedAt: '2026-03-01T11:00:00+01:00' });
      },
    });
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
