import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuthStatus } from '../../../lib/auth/auth-client';
import type { RequestHandler } from 'msw';
import { actorPageMocks } from '../../../test/actor-page-mocks';
import { etag, http, mockApi, problemBody, PROBLEM_JSON, problemInit } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import type { Actor, JoinRequest, Me } from '../model';
import { actor, me } from '../../../test/actor-fixtures';

function setup(options: { actor: Actor; me?: Me; auth?: AuthStatus; extra?: RequestHandler[] }) {
  // The page's resources and collaborations sections (composed in by the app layer) list none here.
  const api = mockApi(...(options.extra ?? []), ...signedInMocks(options.me ?? me()), ...actorPageMocks(options.actor));
  const rendered = renderApp({ path: `/aktorer/${options.actor.slug}`, fetch: api.fetch, auth: options.auth ?? 'authenticated' });
  return { api, ...rendered };
}

describe('an actor page', () => {
  it("shows the actor's details and the server's sanitised description", async () => {
    setup({ actor: actor(), auth: 'anonymous' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Umeå Science Park' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Science park eller inkubator');
    expect(main).toHaveTextContent('Näringsliv');
    expect(main).toHaveTextContent('Umeå kommun, Västerbottens län');
    expect(screen.getByRole('link', { name: 'https://www.umeasciencepark.se' })).toHaveAttribute(
      'href',
      'https://www.umeasciencepark.se',
    );
    expect(screen.getByRole('link', { name: 'info@example.se' })).toHaveAttribute('href', 'mailto:info@example.se');
    expect(screen.getByText('mötesplats').tagName).toBe('STRONG');
    expect(screen.getByText('testbäddar')).toBeInTheDocument();
    expect(screen.queryByText('Väntar på godkännande')).not.toBeInTheDocument();
    expect(screen.getByText('Logga in för att be om att gå med i organisationen.')).toBeInTheDocument();
    expect(document.title).toBe('Umeå Science Park – Digital Impact North');
  });

  it('says that a pending actor awaits approval, and why a suspended one is suspended', async () => {
    setup({ actor: actor({ status: 'SUSPENDED', statusReason: 'Inaktiv sedan 2023', myRole: 'OWNER' }) });

    expect(await screen.findByText('Organisationen är avstängd och syns inte i katalogen.')).toBeInTheDocument();
    expect(screen.getByText('Motivering: Inaktiv sedan 2023')).toBeInTheDocument();
    expect(within(screen.getByRole('heading', { level: 1 })).getByText('Avstängd')).toBeInTheDocument();
  });

  it('offers owners and editors the edit page, and members not', async () => {
    const { unmount } = setup({ actor: actor({ myRole: 'EDITOR' }) });
    expect(await screen.findByRole('link', { name: 'Redigera uppgifterna' })).toHaveAttribute(
      'href',
      '/aktorer/umea-science-park/redigera',
    );
    expect(screen.getByText('Din roll i organisationen: Redaktör.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Be om att gå med' })).not.toBeInTheDocument();
    unmount();

    setup({ actor: actor({ myRole: 'MEMBER' }) });
    expect(await screen.findByText('Din roll i organisationen: Medlem.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera uppgifterna' })).not.toBeInTheDocument();
  });

  it('lets a signed-in person without a role ask to join, then shows the pending request', async () => {
    const user = userEvent.setup();
    let joinRequests: JoinRequest[] = [];
    let sent: unknown;
    const { api } = setup({
      actor: actor(),
      extra: [
        http.get('/api/v1/me', ({ response }) => response(200).json(me({ joinRequests }))),
        http.post('/api/v1/actors/{id}/join-requests', async ({ request, response }) => {
          sent = await request.json();
          const created: JoinRequest = {
            id: 'jr-1',
            actor: { id: 'a-1', slug: 'umea-science-park', name: 'Umeå Science Park', status: 'ACTIVE' },
            subject: 'erik',
            name: 'Erik Holm',
            message: 'Hej!',
            status: 'PENDING',
            createdAt: '2025-02-01T09:00:00+01:00',
          };
          joinRequests = [created];
          return response(201).json(created);
        }),
      ],
    });

    await user.type(await screen.findByLabelText('Meddelande till ägarna (valfritt)'), ' Hej! ');
    await user.click(screen.getByRole('button', { name: 'Be om att gå med' }));

    expect(await screen.findByText(/Du har bett om att gå med/)).toBeInTheDocument();
    expect(sent).toEqual({ message: 'Hej!' });
    expect(screen.getByRole('button', { name: 'Dra tillbaka förfrågan' })).toBeInTheDocument();
    expect(api.requests.find((r) => r.method === 'POST')?.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it("shows the server's reason when a join request is refused", async () => {
    const user = userEvent.setup();
    setup({
      actor: actor(),
      extra: [
        http.post('/api/v1/actors/{id}/join-requests', ({ response }) =>
          response(409).json(problemBody(409, { detail: 'You have already asked to join' }), PROBLEM_JSON),
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Be om att gå med' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You have already asked to join');
  });

  it('gives moderators the transition that fits the status, with the ETag they saw', async () => {
    const user = userEvent.setup();
    let current = actor({ status: 'ACTIVE' });
    const seen: { ifMatch: string | null; body: unknown }[] = [];
    setup({
      actor: current,
      me: me({ roles: ['member', 'moderator'] }),
      extra: [
        http.get('/api/v1/actors/{id}', ({ response }) => response(200).json(current, etag(current.version))),
        http.post('/api/v1/actors/{id}/suspend', async ({ request, response }) => {
          seen.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
          current = actor({ status: 'SUSPENDED', statusReason: 'Vilande bolag', version: 4 });
          return response(200).json(current);
        }),
      ],
    });

    const moderation = (await screen.findByRole('heading', { name: 'Moderering' })).closest('section')!;
    expect(within(moderation).queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument();
    await user.click(within(moderation).getByRole('button', { name: 'Stäng av' }));

    // A suspension needs a reason: said next to the field, nothing sent.
    const reason = within(moderation).getByLabelText('Motivering');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Skriv varför organisationen stängs av.');
    expect(seen).toHaveLength(0);

    await user.type(reason, 'Vilande bolag');
    await user.click(within(moderation).getByRole('button', { name: 'Stäng av' }));

    expect(await screen.findByText('Umeå Science Park är avstängd.')).toBeInTheDocument();
    expect(seen).toEqual([{ ifMatch: '"3"', body: { reason: 'Vilande bolag' } }]);
    await waitFor(() => expect(within(moderation).getByRole('button', { name: 'Återaktivera' })).toBeInTheDocument());
    expect(screen.getByText('Motivering: Vilande bolag')).toBeInTheDocument();
  });

  it('shows no moderation to members', async () => {
    setup({ actor: actor({ status: 'PENDING', myRole: 'OWNER' }) });

    expect(await screen.findByText(/väntar på godkännande\. En moderator/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument();
  });

  it('says when there is no such actor', async () => {
    const api = mockApi(http.get('/api/v1/actors/{id}', ({ response }) => response('default').json(problemBody(404), problemInit(404))));
    renderApp({ path: '/aktorer/finns-inte', fetch: api.fetch, auth: 'anonymous' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByText('Aktören finns inte, eller så visas den inte för dig.')).toBeInTheDocument();
  });
});
