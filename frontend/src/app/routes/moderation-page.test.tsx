import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RequestHandler } from 'msw';
import { http, mockApi } from '../../test/api-mock';
import { signedInMocks } from '../../test/session-mocks';
import { renderApp } from '../../test/render-app';
import { actor, actorSummary, me } from '../../test/actor-fixtures';

/** A moderator's queue page: `handlers` first, then who is signed in and no taken-down resources. */
function moderatorApi(...handlers: RequestHandler[]) {
  return mockApi(
    ...handlers,
    ...signedInMocks(me({ roles: ['member', 'moderator'] })),
    http.get('/api/v1/moderation/taken-down-resources', ({ response }) => response(200).json({ items: [] })),
  );
}

describe('the moderation queue', () => {
  it('lists pending actors and approves one with a reason', async () => {
    const user = userEvent.setup();
    let pending = [actorSummary({ status: 'PENDING', name: 'Norrsken Lab', slug: 'norrsken-lab' })];
    let approval: { ifMatch: string | null; body: unknown } | undefined;
    const api = moderatorApi(
      http.get('/api/v1/actors', ({ query, response }) => {
        expect(query.get('status')).toBe('PENDING');
        return response(200).json({ items: pending });
      }),
      http.post('/api/v1/actors/{id}/approve', async ({ request, response }) => {
        approval = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        pending = [];
        return response(200).json(actor({ status: 'ACTIVE', name: 'Norrsken Lab' }));
      }),
    );
    renderApp({ path: '/moderering', fetch: api.fetch, auth: 'authenticated' });

    await user.type(await screen.findByLabelText('Motivering (valfri)'), 'Finns i regionen');
    await user.click(screen.getByRole('button', { name: 'Godkänn Norrsken Lab' }));

    expect(await screen.findByText('Norrsken Lab är godkänd och syns nu i katalogen.')).toBeInTheDocument();
    expect(approval).toEqual({ ifMatch: null, body: { reason: 'Finns i regionen' } });
    await waitFor(() => expect(screen.getByText('Inga organisationer väntar på godkännande.')).toBeInTheDocument());
  });

  it('turns a pending actor down only with a reason, through suspend', async () => {
    const user = userEvent.setup();
    let pending = [actorSummary({ status: 'PENDING', name: 'Norrsken Lab', slug: 'norrsken-lab' })];
    const suspensions: unknown[] = [];
    const api = moderatorApi(
      http.get('/api/v1/actors', ({ response }) => response(200).json({ items: pending })),
      http.post('/api/v1/actors/{id}/suspend', async ({ request, response }) => {
        suspensions.push(await request.json());
        pending = [];
        return response(200).json(actor({ status: 'SUSPENDED', name: 'Norrsken Lab', statusReason: 'Ingen verksamhet i regionen' }));
      }),
    );
    renderApp({ path: '/moderering', fetch: api.fetch, auth: 'authenticated' });

    await user.click(await screen.findByRole('button', { name: 'Avslå Norrsken Lab' }));

    const reason = screen.getByLabelText('Motivering (valfri)');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveFocus();
    expect(screen.getByText('Skriv varför registreringen avslås.')).toBeInTheDocument();
    expect(suspensions).toEqual([]);

    await user.type(reason, 'Ingen verksamhet i regionen');
    await user.click(screen.getByRole('button', { name: 'Avslå Norrsken Lab' }));

    expect(await screen.findByText('Norrsken Lab har avslagits.')).toBeInTheDocument();
    expect(suspensions).toEqual([{ reason: 'Ingen verksamhet i regionen' }]);
    await waitFor(() => expect(screen.getByText('Inga organisationer väntar på godkännande.')).toBeInTheDocument());
  });

  it('is closed to members who are not moderators, without asking for the queue', async () => {
    const api = mockApi(...signedInMocks(me()));
    renderApp({ path: '/moderering', fetch: api.fetch, auth: 'authenticated' });

    expect(await screen.findByText('Den här sidan är till för moderatorer och administratörer.')).toBeInTheDocument();
    // The header asks for its invitations count; the page itself asks only who is signed in.
    const paths = api.requests.map((r) => new URL(r.url).pathname).filter((path) => path !== '/api/v1/me/invitations');
    expect(paths).toEqual(['/api/v1/me']);
  });
});
