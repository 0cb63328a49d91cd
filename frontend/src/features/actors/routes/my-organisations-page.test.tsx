import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, mockApi } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import type { JoinRequest, Member } from '../model';
import { ANNA_SUBJECT, me } from '../../../test/actor-fixtures';
import { signedInMocks } from '../../../test/session-mocks';

const LAB = { id: 'a-1', slug: 'norrsken-lab', name: 'Norrsken Lab', status: 'ACTIVE' as const };
const PARK = { id: 'a-2', slug: 'umea-science-park', name: 'Umeå Science Park', status: 'ACTIVE' as const };
const ERIK = '3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c04';

function request(overrides: Partial<JoinRequest> = {}): JoinRequest {
  return {
    id: 'jr-1',
    actor: LAB,
    subject: ERIK,
    name: 'Erik Holm',
    message: 'Jag leder vårt AI-labb.',
    status: 'PENDING',
    createdAt: '2025-02-01T09:00:00+01:00',
    ...overrides,
  };
}

describe('my organisations', () => {
  it('lets an owner accept an invitation to co-organise, and decline another', async () => {
    const user = userEvent.setup();
    const invitation = (id: string, title: string) => ({
      resource: { id, slug: id, kind: 'EVENT' as const, status: 'PUBLISHED' as const, title: { sv: title } },
      publisher: PARK,
      status: 'PENDING' as const,
      invitedAt: '2025-02-01T09:00:00+01:00',
    });
    let invitations = [invitation('r-1', 'AI-frukost'), invitation('r-2', 'Drönardag')];
    const answers: string[] = [];
    const answer = (id: string, verb: 'accept' | 'decline') => {
      answers.push(`${id} ${verb}`);
      const answered = invitations.find((i) => i.resource.id === id)!;
      invitations = invitations.filter((i) => i.resource.id !== id);
      return { ...answered, status: verb === 'accept' ? ('ACCEPTED' as const) : ('DECLINED' as const) };
    };
    const api = mockApi(
      ...signedInMocks(me({ memberships: [{ actor: LAB, role: 'OWNER', since: '2025-01-01T10:00:00+01:00' }] })),
      http.get('/api/v1/actors/{id}/members', ({ response }) => response(200).json({ items: [] })),
      http.get('/api/v1/actors/{id}/join-requests', ({ response }) => response(200).json({ items: [] })),
      http.get('/api/v1/actors/{id}/co-organiser-invitations', ({ response }) => response(200).json({ items: invitations })),
      http.get('/api/v1/actors/{id}/collaboration-invitations', ({ response }) => response(200).json({ items: [] })),
      http.post('/api/v1/resources/{id}/co-organisers/{actorId}/accept', ({ params, response }) =>
        response(200).json(answer(params.id, 'accept')),
      ),
      http.post('/api/v1/resources/{id}/co-organisers/{actorId}/decline', ({ params, response }) =>
        response(200).json(answer(params.id, 'decline')),
      ),
    );
    renderApp({ path: '/mina-organisationer', fetch: api.fetch, auth: 'authenticated' });

    const lab = await screen.findByRole('article', { name: 'Norrsken Lab' });
    const panel = await within(lab).findByRole('region', { name: 'Inbjudningar till Norrsken Lab att vara medarrangör' });
    expect(await within(panel).findByText('AI-frukost')).toBeInTheDocument();
    expect(panel).toHaveTextContent('från Umeå Science Park');

    await user.click(within(panel).getByRole('button', { name: 'Tacka ja till AI-frukost' }));
    expect(await screen.findByText('Norrsken Lab är nu medarrangör för AI-frukost.')).toBeInTheDocument();
    await waitFor(() => expect(within(panel).queryByText('AI-frukost')).not.toBeInTheDocument());

    await user.click(within(panel).getByRole('button', { name: 'Tacka nej till Drönardag' }));
    expect(await screen.findByText('Inbjudan till Drönardag är avböjd.')).toBeInTheDocument();
    expect(await within(panel).findByText('Inga inbjudningar väntar.')).toBeInTheDocument();
    expect(answers).toEqual(['r-1 accept', 'r-2 decline']);
  });

  it('lets an owner accept a request to join, after which the person is a member', async () => {
    const user = userEvent.setup();
    let members: Member[] = [{ subject: ANNA_SUBJECT, name: 'Anna Lindqvist', role: 'OWNER', since: '2025-01-01T10:00:00+01:00' }];
    let pending = [request()];
    let approval: unknown;
    const api = mockApi(
      ...signedInMocks(
        me({ memberships: [{ actor: LAB, role: 'OWNER', since: '2025-01-01T10:00:00+01:00' }, { actor: PARK, role: 'MEMBER', since: '2025-01-02T10:00:00+01:00' }] }),
      ),
      http.get('/api/v1/actors/{id}/members', ({ response }) => response(200).json({ items: members })),
      http.get('/api/v1/actors/{id}/co-organiser-invitations', ({ response }) => response(200).json({ items: [] })),
      http.get('/api/v1/actors/{id}/collaboration-invitations', ({ response }) => response(200).json({ items: [] })),
      http.get('/api/v1/actors/{id}/join-requests', ({ query, response }) => {
        expect(query.get('status')).toBe('PENDING');
        return response(200).json({ items: pending });
      }),
      http.post('/api/v1/actors/{id}/join-requests/{requestId}/approve', async ({ request: sent, response }) => {
        approval = await sent.json();
        members = [...members, { subject: ERIK, name: 'Erik Holm', role: 'MEMBER', since: '2025-02-02T10:00:00+01:00' }];
        pending = [];
        return response(200).json(request({ status: 'APPROVED' }));
      }),
    );
    renderApp({ path: '/mina-organisationer', fetch: api.fetch, auth: 'authenticated' });

    const lab = await screen.findByRole('article', { name: 'Norrsken Lab' });
    expect(lab).toHaveTextContent('Din roll: Ägare');
    expect(await within(lab).findByText('Jag leder vårt AI-labb.')).toBeInTheDocument();
    // Only owners manage people: the membership as MEMBER shows no panels.
    const park = screen.getByRole('article', { name: 'Umeå Science Park' });
    expect(within(park).queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(lab).getByRole('button', { name: 'Godkänn Erik Holm' }));

    expect(await screen.findByText('Erik Holm är nu medlem.')).toBeInTheDocument();
    expect(approval).toEqual({ role: 'MEMBER' });
    expect(await within(lab).findByRole('row', { name: /Erik Holm/ })).toBeInTheDocument();
    expect(within(lab).getByText('Inga förfrågningar väntar.')).toBeInTheDocument();
    // The owner is marked, and offered no "remove" for themselves.
    expect(within(lab).getByRole('rowheader', { name: 'Anna Lindqvist (du)' })).toBeInTheDocument();
    expect(within(lab).queryByRole('button', { name: 'Ta bort Anna Lindqvist' })).not.toBeInTheDocument();
  });

  it('lists pending requests of ones own, which can be withdrawn', async () => {
    const user = userEvent.setup();
    let mine = [request({ actor: PARK, subject: ANNA_SUBJECT, id: 'jr-9' })];
    const api = mockApi(
      http.get('/api/v1/me', ({ response }) => response(200).json(me({ joinRequests: mine }))),
      ...signedInMocks(me()),
      http.delete('/api/v1/actors/{id}/join-requests/{requestId}', ({ response }) => {
        mine = [];
        return response(204).empty();
      }),
    );
    renderApp({ path: '/mina-organisationer', fetch: api.fetch, auth: 'authenticated' });

    expect(await screen.findByText('Du är inte med i någon organisation än.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dra tillbaka förfrågan till Umeå Science Park' }));

    expect(await screen.findByText('Förfrågan till Umeå Science Park är tillbakadragen.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Dra tillbaka förfrågan/ })).not.toBeInTheDocument(),
    );
  });
});
