import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { collaboration, collaborationSummary, me, NORRSKEN, UMU, vocabularyMocks } from '../../features/collaborations/test-fixtures';
import type { components } from '../../lib/api/schema';
import { actorPageMocks } from '../../test/actor-page-mocks';
import { etag, http, mockApi } from '../../test/api-mock';
import { NO_COLLABORATION_FACETS } from '../../test/page-fixtures';
import { signedInMocks } from '../../test/session-mocks';
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
    const api = mockApi(
      http.get('/api/v1/me', ({ response }) => response(200).json(UMU_OWNER)),
      http.get('/api/v1/me/invitations', ({ response }) =>
        response(200).json({
          total: pending.length,
          disabledWebhooks: 0,
          actors: [{ actor: UMU, collaborationInvitations: pending.length, coOrganiserInvitations: 0, disabledWebhooks: 0 }],
        }),
      ),
      http.get('/api/v1/actors/{id}/members', ({ response }) => response(200).json({ items: [] })),
      http.get('/api/v1/actors/{id}/join-requests', ({ response }) => response(200).json({ items: [] })),
      http.get('/api/v1/actors/{id}/co-organiser-invitations', ({ response }) => response(200).json({ items: [] })),
      http.get('/api/v1/actors/{id}/collaboration-invitations', ({ response }) => response(200).json({ items: pending })),
      http.post('/api/v1/collaborations/{id}/participants/{actorId}/accept', ({ request, response }) => {
        answers.push(request.method);
        pending = [];
        return response(200).json({ actor: UMU, role: 'PARTNER', status: 'ACCEPTED', invitedAt: '2026-03-01T10:00:00+01:00', answeredAt: '2026-03-02T10:00:00+01:00' });
      }),
    );
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
    const norrsken: components['schemas']['Actor'] = {
      id: NORRSKEN.id,
      slug: NORRSKEN.slug,
      name: NORRSKEN.name,
      kind: 'COMPANY',
      sector: 'BUSINESS',
      status: 'ACTIVE',
      technologyAreas: [],
      competences: [],
      description: {},
      descriptionHtml: {},
      version: 1,
      createdAt: '2026-01-01T10:00:00+01:00',
      updatedAt: '2026-01-01T10:00:00+01:00',
      myRole: 'OWNER',
    };
    const api = mockApi(
      ...signedInMocks(me()),
      http.get('/api/v1/actors/{id}/collaborations', ({ response }) =>
        response(200).json({
          items: [collaborationSummary(), collaborationSummary({ id: 'c-2', slug: 'utkast', title: { sv: 'Utkastet' }, publication: 'DRAFT' })],
          facets: NO_COLLABORATION_FACETS,
        }),
      ),
      ...actorPageMocks(norrsken),
    );
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
    const actorBody = (ref: typeof NORRSKEN, location?: { lat: number; lon: number }): components['schemas']['Actor'] => ({
      id: ref.id,
      slug: ref.slug,
      name: ref.name,
      kind: 'COMPANY',
      sector: 'BUSINESS',
      status: 'ACTIVE',
      technologyAreas: [],
      competences: [],
      ...(location ? { location } : {}),
      description: {},
      descriptionHtml: {},
      version: 1,
      createdAt: '2026-01-01T10:00:00+01:00',
      updatedAt: '2026-01-01T10:00:00+01:00',
    });
    const actors = { [NORRSKEN.slug]: actorBody(NORRSKEN, { lat: 63.8258, lon: 20.263 }), [UMU.slug]: actorBody(UMU) };
    const api = mockApi(
      http.get('/api/v1/collaborations/{id}', ({ response }) => response(200).json(collaboration(), etag(4))),
      http.get('/api/v1/actors/{id}', ({ params, response }) => response(200).json(actors[params.id]!)),
      ...vocabularyMocks(),
    );
    renderApp({ path: '/samverkan/ai-for-basindustrin', fetch: api.fetch, auth: 'anonymous' });

    const section = await screen.findByRole('region', { name: 'Deltagarna på kartan' });
    expect(within(section).getByRole('region', { name: 'Karta: deltagarna i AI för basindustrin' })).toBeInTheDocument();
    const list = within(section).getByRole('list', { name: 'Platserna på kartan' });
    expect(within(list).getByRole('link', { name: NORRSKEN.name })).toHaveAttribute('href', `/aktorer/${NORRSKEN.slug}`);
    expect(within(list).queryByRole('link', { name: UMU.name })).not.toBeInTheDocument();
  });
});
