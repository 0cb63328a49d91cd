import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { installDialogPolyfill } from '../../../components/dialog-polyfill.testing';
import { ANNA_SUBJECT, me } from '../../../test/actor-fixtures';
import type { RequestHandler } from 'msw';
import { http, mockApi, notExpected, problemBody, PROBLEM_JSON } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import type { Member, MemberRole } from '../model';

beforeAll(installDialogPolyfill);

const LAB = { id: 'a-1', slug: 'norrskensdata', name: 'Norrskensdata AB', status: 'ACTIVE' as const };
const ERIK = '3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c04';
const SARA = '8d2b6c04-3f9c-4c8e-9a51-7b1d0a1e5d2b';
const SINCE = '2025-01-01T10:00:00+01:00';

const anna = (role: MemberRole = 'OWNER'): Member => ({ subject: ANNA_SUBJECT, name: 'Anna Lindqvist', role, since: SINCE });
const erik: Member = { subject: ERIK, name: 'Erik Holm', role: 'MEMBER', since: SINCE };
const sara: Member = { subject: SARA, name: 'Sara Nilsson', role: 'OWNER', since: SINCE };

/** The API's 409 when the last owner would be gone (Anna leaving, though the other owner left meanwhile). */
const LAST_OWNER = http.delete('/api/v1/actors/{id}/members/{subject}', ({ params, response }) => {
  if (params.subject !== ANNA_SUBJECT) notExpected(`DELETE /api/v1/actors/a-1/members/${params.subject}`);
  return response(409).json(
    problemBody(409, { detail: 'An actor needs an owner: make someone else owner before you remove the last one' }),
    PROBLEM_JSON,
  );
});

/** Anna's "my organisations" as the owner of Norrskensdata AB, with the people given; `extra` answers the writes. */
function renderOwner(members: () => Member[], extra: RequestHandler[] = []) {
  const api = mockApi(
    ...extra,
    ...signedInMocks(me({ memberships: [{ actor: LAB, role: 'OWNER', since: SINCE }] })),
    http.get('/api/v1/actors/{id}/members', ({ response }) => response(200).json({ items: members() })),
    http.get('/api/v1/actors/{id}/join-requests', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/actors/{id}/co-organiser-invitations', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/actors/{id}/collaboration-invitations', ({ response }) => response(200).json({ items: [] })),
  );
  renderApp({ path: '/mina-organisationer', fetch: api.fetch, auth: 'authenticated' });
  const writes = () => api.requests.filter((request) => request.method !== 'GET');
  return { api, writes };
}

describe('safe actions on my organisations', () => {
  it('changes a role only when "Spara roll" is pressed, with one request', async () => {
    const user = userEvent.setup();
    let members = [anna(), erik];
    const bodies: unknown[] = [];
    const { writes } = renderOwner(() => members, [
      http.put('/api/v1/actors/{id}/members/{subject}', async ({ params, request, response }) => {
        if (params.subject !== ERIK) notExpected(`PUT /api/v1/actors/a-1/members/${params.subject}`);
        bodies.push(await request.json());
        members = [anna(), { ...erik, role: 'EDITOR' }];
        return response(200).json({ ...erik, role: 'EDITOR' });
      }),
    ]);
    const lab = await screen.findByRole('article', { name: 'Norrskensdata AB' });
    const save = await within(lab).findByRole('button', { name: 'Spara roll för Erik Holm' });
    expect(save).toBeDisabled();

    // Picking (as arrow keys do) sends nothing.
    await user.selectOptions(within(lab).getByRole('combobox', { name: 'Roll för Erik Holm' }), 'Ägare');
    await user.selectOptions(within(lab).getByRole('combobox', { name: 'Roll för Erik Holm' }), 'Redaktör');
    expect(writes()).toHaveLength(0);

    await user.click(save);
    expect(await screen.findByText('Erik Holm är nu redaktör.')).toBeInTheDocument();
    expect(writes()).toHaveLength(1);
    expect(bodies).toEqual([{ role: 'EDITOR' }]);
    await waitFor(() => expect(within(lab).getByRole('button', { name: 'Spara roll för Erik Holm' })).toBeDisabled());
  });

  it("locks the only owner's own role and leaving, with the reason next to each", async () => {
    const { writes } = renderOwner(() => [anna(), erik]);
    const lab = await screen.findByRole('article', { name: 'Norrskensdata AB' });

    const ownRole = await within(lab).findByRole('combobox', { name: 'Roll för Anna Lindqvist' });
    await waitFor(() => expect(ownRole).toBeDisabled());
    expect(ownRole).toHaveAccessibleDescription('Du är enda ägaren. Gör någon annan till ägare först.');
    expect(within(lab).getByRole('button', { name: 'Spara roll för Anna Lindqvist' })).toBeDisabled();
    const leave = within(lab).getByRole('button', { name: 'Lämna Norrskensdata AB' });
    expect(leave).toBeDisabled();
    expect(leave).toHaveAccessibleDescription('Du är enda ägaren. Gör någon annan till ägare först.');
    // Others' roles stay open to change.
    expect(within(lab).getByRole('combobox', { name: 'Roll för Erik Holm' })).toBeEnabled();
    expect(writes()).toHaveLength(0);
  });

  it('removes a member only after the confirmation: cancel sends nothing, confirm sends one DELETE', async () => {
    const user = userEvent.setup();
    let members = [anna(), erik];
    const { writes } = renderOwner(() => members, [
      http.delete('/api/v1/actors/{id}/members/{subject}', ({ params, response }) => {
        if (params.subject !== ERIK) notExpected(`DELETE /api/v1/actors/a-1/members/${params.subject}`);
        members = [anna()];
        return response(204).empty();
      }),
    ]);
    const lab = await screen.findByRole('article', { name: 'Norrskensdata AB' });
    const remove = await within(lab).findByRole('button', { name: 'Ta bort Erik Holm' });

    await user.click(remove);
    let dialog = screen.getByRole('alertdialog', { name: 'Ta bort Erik Holm ur Norrskensdata AB?' });
    expect(dialog).toHaveTextContent('Erik Holm förlorar sin roll');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(remove).toHaveFocus();
    expect(writes()).toHaveLength(0);

    await user.click(remove);
    dialog = screen.getByRole('alertdialog', { name: 'Ta bort Erik Holm ur Norrskensdata AB?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort Erik Holm' }));

    expect(await screen.findByText('Erik Holm är borttagen ur organisationen.')).toBeInTheDocument();
    expect(writes().map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      `DELETE /api/v1/actors/a-1/members/${ERIK}`,
    ]);
    await waitFor(() => expect(within(lab).queryByRole('row', { name: /Erik Holm/ })).not.toBeInTheDocument());
    expect(within(lab).getByRole('heading', { name: 'Personer i Norrskensdata AB' })).toHaveFocus();
  });

  it('asks before an owner lowers their own role, and sends it only when confirmed', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    renderOwner(() => [anna(), sara, erik], [
      http.put('/api/v1/actors/{id}/members/{subject}', async ({ params, request, response }) => {
        if (params.subject !== ANNA_SUBJECT) notExpected(`PUT /api/v1/actors/a-1/members/${params.subject}`);
        bodies.push(await request.json());
        return response(200).json(anna('EDITOR'));
      }),
    ]);
    const lab = await screen.findByRole('article', { name: 'Norrskensdata AB' });
    const ownRole = await within(lab).findByRole('combobox', { name: 'Roll för Anna Lindqvist' });
    await waitFor(() => expect(ownRole).toBeEnabled());

    await user.selectOptions(ownRole, 'Redaktör');
    await user.click(within(lab).getByRole('button', { name: 'Spara roll för Anna Lindqvist' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ändra din egen roll till redaktör?' });
    await user.keyboard('{Escape}');
    expect(dialog).not.toHaveAttribute('open');
    expect(bodies).toEqual([]);

    await user.click(within(lab).getByRole('button', { name: 'Spara roll för Anna Lindqvist' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gör mig till redaktör' }));
    expect(await screen.findByText('Anna Lindqvist är nu redaktör.')).toBeInTheDocument();
    expect(bodies).toEqual([{ role: 'EDITOR' }]);
  });

  it("shows the API's 409 inside the dialog when the other owner left meanwhile", async () => {
    const user = userEvent.setup();
    const { writes } = renderOwner(() => [anna(), sara], [LAST_OWNER]);
    const lab = await screen.findByRole('article', { name: 'Norrskensdata AB' });
    const leave = within(lab).getByRole('button', { name: 'Lämna Norrskensdata AB' });
    await within(lab).findByRole('row', { name: /Sara Nilsson/ });

    await user.click(leave);
    const dialog = screen.getByRole('alertdialog', { name: 'Lämna Norrskensdata AB?' });
    await user.click(within(dialog).getByRole('button', { name: 'Lämna Norrskensdata AB' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('make someone else owner before you remove the last one');
    expect(dialog).toHaveAttribute('open');
    expect(writes()).toHaveLength(1);
  });

  it('lets a member leave after the confirmation', async () => {
    const user = userEvent.setup();
    let memberships = [{ actor: LAB, role: 'MEMBER' as const, since: SINCE }];
    const api = mockApi(
      http.get('/api/v1/me', ({ response }) => response(200).json(me({ memberships }))),
      ...signedInMocks(me()),
      http.delete('/api/v1/actors/{id}/members/{subject}', ({ params, response }) => {
        if (params.subject !== ANNA_SUBJECT) notExpected(`DELETE /api/v1/actors/a-1/members/${params.subject}`);
        memberships = [];
        return response(204).empty();
      }),
    );
    renderApp({ path: '/mina-organisationer', fetch: api.fetch, auth: 'authenticated' });
    const lab = await screen.findByRole('article', { name: 'Norrskensdata AB' });

    await user.click(within(lab).getByRole('button', { name: 'Lämna Norrskensdata AB' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Lämna Norrskensdata AB?' });
    expect(dialog).toHaveTextContent('För att komma tillbaka måste du be om att få gå med igen');
    await user.click(within(dialog).getByRole('button', { name: 'Lämna Norrskensdata AB' }));

    expect(await screen.findByText('Du har lämnat Norrskensdata AB.')).toBeInTheDocument();
    expect(api.requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Mina organisationer' })).toHaveFocus();
  });
});
