import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { collaboration, collaborationSummary, me, NORRSKEN, UMU } from '../../features/collaborations/test-fixtures';
import { createFakeFetch, json } from '../../test/fake-fetch';
import { renderApp } from '../../test/render-app';

/** What the app layer composes from the collaborations feature into the header and the actors' pages. */

const UMU_OWNER = me({ subject: 'erik', name: 'Erik Holm', memberships: [{ actor: UMU, role: 'OWNER', since: '2026-01-01T10:00:00+01:00' }] });

function invitation() {
  return {
    collaboration: {
      id: 'c-1',
      slug: 'ai-for-basindustrin',
      kind: 'PROJECT' as const,
      status: 'ACTIVE' as const,
      publication: 'DRAFT' as const,
      title: { sv: 'AI för basindustrin' },
    },
    lead: NORRSKEN,
    role: 'PARTNER' as const,
    status: 'INVITED' as const,
    invitedAt: '2026-03-01T10:00:00+01:00',
  };
}

describe('collaborations in the page frame and the actors’ pages', () => {
  it('counts the invitations in the menu, and lets an owner accept one on "my organisations"', async () => {
    const user = userEvent.setup();
    let pending = [invitation()];
    const answers: string[] = [];
    const api = createFakeFetch({
      '/api/v1/me': () => json(UMU_OWNER),
      '/api/v1/me/invitations': () =>
        json({
          total: pending.length,
          disabledWebhooks: 0,
          actors: [{ actor: UMU, collaborationInvitations: pending.length, coOrganiserInvitations: 0, disabledWebhooks: 0 }],
        }),
      [`/api/v1/actors/${UMU.id}/members`]: () => json({ items: [] }),
      [`/api/v1/actors/${UMU.id}/join-requests`]: () => json({ items: [] }),
      [`/api/v1/actors/${UMU.id}/co-organiser-invitations`]: () => json({ items: [] }),
      [`/api/v1/actors/${UMU.id}/collaboration-invitations`]: () => json({ items: pending }),
      [`/api/v1/collaborations/c-1/participants/${UMU.id}/accept`]: (request) => {
        answers.push(request.method);
        pending = [];
        return json({ actor: UMU, role: 'PARTNER', status: 'ACCEPTED', invitedAt: '2026-03-01T10:00:00+01:00', answeredAt: '2026-03-02T10:00:00+01:00' });
      },
    });
    renderApp({ path: '/mina-organisationer', fetch: api.fetch, auth: 'authenticated' });

    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await within(nav).findByRole('link', { name: 'Mina organisationer 1 inbjudan väntar på svar' })).toHaveAttribute(
      'href',
      '/mina-organisationer',
    );

    const card = await screen.findByRole('article', { name: 'Umeå universitet' });
    const inbox = await within(card).findByRole('region', { name: 'Inbjudningar till Umeå universitet att delta i samverkan' });
    expect(await within(inbox).findByRole('link', { name: 'AI för basindustrin' })).toHaveAttribute('href', '/samverkan/ai-for-basindustrin');
    expect(inbox).toHaveTextContent('från Norrskensdata AB, som partner');
    // An owner may also start a collaboration for the actor.
    expect(within(card).getByRole('link', { name: 'Starta samverkan för Umeå universitet' })).toHaveAttribute(
      'href',
      `/samverkan/ny?actor=${UMU.id}`,
    );

    await user.click(within(inbox).getByRole('button', { name: 'Tacka ja till AI för basindustrin' }));
    expect(await screen.findByText('Umeå universitet deltar nu i AI för basindustrin.')).toBeInTheDocument();
    expect(answers).toEqual(['POST']);
    expect(await within(inbox).findByText('Inga inbjudningar till samverkan väntar.')).toBeInTheDocument();
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Mina organisationer' })).toBeInTheDocument());
  });

  it('lists an actor’s collaborations with the boundaries each crosses, and offers its editors to start one', async () => {
    const api = createFakeFetch({
      '/api/v1/me': () => json(me()),
      [`/api/v1/actors/${NORRSKEN.slug}`]: () =>
        json({
          id: NORRSKEN.id,
          slug: NORRSKEN.slug,
          name: NORRSKEN.name,
          kind: 'COMPANY',
          sector: 'BUSINESS',
          status: 'ACTIVE',
          technologyAreas: [],
          competences: [],
          version: 1,
          createdAt: '2026-01-01T10:00:00+01:00',
          updatedAt: '2026-01-01T10:00:00+01:00',
          myRole: 'OWNER',
        }),
      '/api/v1/resources': () => json({ items: [], facets: {} }),
      [`/api/v1/actors/${NORRSKEN.id}/collaborations`]: () =>
        json({ items: [collaborationSummary(), collaborationSummary({ id: 'c-2', slug: 'utkast', title: { sv: 'Utkastet' }, publication: 'DRAFT' })], facets: {} }),
    });
    renderApp({ path: `/aktorer/${NORRSKEN.slug}`, fetch: api.fetch, auth: 'authenticated' });

    const section = await screen.findByRole('region', { name: 'Samverkan' });
    expect(within(section).getByRole('link', { name: 'Starta samverkan' })).toHaveAttribute('href', `/samverkan/ny?actor=${NORRSKEN.id}`);
    const cards = await within(section).findAllByRole('article');
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('Sektor: korsad');
    expect(cards[0]).toHaveTextContent('Teknik: inte korsad');
    expect(within(cards[1]!).getByText('Utkast')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Visa all publicerad samverkan där aktören deltar' })).toHaveAttribute(
      'href',
      `/samverkan?actor=${NORRSKEN.id}`,
    );
  });
});

describe('a collaboration’s participants on a map', () => {
  it('shows the participants whose actors have a location, each linked to its page, and leaves out the rest', async () => {
    const actorBody = (ref: typeof NORRSKEN, location?: { lat: number; lon: number }) => ({
      id: ref.id,
      slug: ref.slug,
      name: ref.name,
      kind: 'COMPANY',
      sector: 'BUSINESS',
      status: 'ACTIVE',
      technologyAreas: [],
      competences: [],
      ...(location ? { location } : {}),
      version: 1,
      createdAt: '2026-01-01T10:00:00+01:00',
      updatedAt: '2026-01-01T10:00:00+01:00',
    });
    const api = createFakeFetch({
      '/api/v1/collaborations/ai-for-basindustrin': () =>
        json(collaboration(), { headers: { 'Content-Type': 'application/json', ETag: '"4"' } }),
      [`/api/v1/actors/${NORRSKEN.slug}`]: () => json(actorBody(NORRSKEN, { lat: 63.8258, lon: 20.263 })),
      [`/api/v1/actors/${UMU.slug}`]: () => json(actorBody(UMU)),
    });
    renderApp({ path: '/samverkan/ai-for-basindustrin', fetch: api.fetch, auth: 'anonymous' });

    const section = await screen.findByRole('region', { name: 'Deltagarna på kartan' });
    expect(within(section).getByRole('region', { name: 'Karta: deltagarna i AI för basindustrin' })).toBeInTheDocument();
    const list = within(section).getByRole('list', { name: 'Platserna på kartan' });
    expect(within(list).getByRole('link', { name: NORRSKEN.name })).toHaveAttribute('href', `/aktorer/${NORRSKEN.slug}`);
    expect(within(list).queryByRole('link', { name: UMU.name })).not.toBeInTheDocument();
  });
});
