import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actor, me as actorsMe } from '../../test/actor-fixtures';
import { me, NORRSKEN, UMU } from '../../features/collaborations/test-fixtures';
import { ACTOR_ID, webhook } from '../../features/integrations/test-fixtures';
import { actorPageMocks } from '../../test/actor-page-mocks';
import { http, mockApi } from '../../test/api-mock';
import { signedInMocks } from '../../test/session-mocks';
import { renderApp } from '../../test/render-app';

/** "My organisations" tells an actor's owners about its webhooks the delivery worker disabled. */

const SINCE = '2026-01-01T10:00:00+01:00';

function setup(counts: { umu: number; norrsken: number }, role: 'OWNER' | 'EDITOR' = 'OWNER') {
  const api = mockApi(
    ...signedInMocks(
      me({ subject: 'erik', name: 'Erik Holm', memberships: [{ actor: UMU, role, since: SINCE }, { actor: NORRSKEN, role, since: SINCE }] }),
      {
        total: 0,
        disabledWebhooks: counts.umu + counts.norrsken,
        actors: [
          { actor: NORRSKEN, collaborationInvitations: 0, coOrganiserInvitations: 0, disabledWebhooks: counts.norrsken },
          { actor: UMU, collaborationInvitations: 0, coOrganiserInvitations: 0, disabledWebhooks: counts.umu },
        ],
      },
    ),
    // Each membership's panels: nobody and nothing waiting.
    http.get('/api/v1/actors/{id}/members', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/actors/{id}/join-requests', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/actors/{id}/co-organiser-invitations', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/actors/{id}/collaboration-invitations', ({ response }) => response(200).json({ items: [] })),
  );
  renderApp({ path: '/mina-organisationer', fetch: api.fetch, auth: 'authenticated' });
}

describe('disabled webhooks on "my organisations"', () => {
  it('shows the count on the actor that has them, with a link to its integrations, and not in the invitations badge', async () => {
    setup({ umu: 2, norrsken: 1 });

    const umu = await screen.findByRole('article', { name: 'Umeå universitet' });
    expect(await within(umu).findByText(/2 webhooks avstängda efter misslyckade leveranser\./)).toBeInTheDocument();
    expect(within(umu).getByRole('link', { name: 'Se integrationerna för Umeå universitet' })).toHaveAttribute(
      'href',
      `/aktorer/${UMU.slug}#integrations`,
    );
    const norrsken = screen.getByRole('article', { name: NORRSKEN.name });
    expect(await within(norrsken).findByText(/1 webhook avstängd efter misslyckade leveranser\./)).toBeInTheDocument();
    // The badge counts invitations that await an answer; a disabled webhook is not one.
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Mina organisationer' })).toBeInTheDocument();
  });

  it('shows nothing for an actor with no disabled webhooks', async () => {
    setup({ umu: 0, norrsken: 3 });

    const norrsken = await screen.findByRole('article', { name: NORRSKEN.name });
    expect(await within(norrsken).findByText(/3 webhooks avstängda/)).toBeInTheDocument();
    const umu = screen.getByRole('article', { name: 'Umeå universitet' });
    expect(within(umu).queryByText(/avstängd/)).not.toBeInTheDocument();
    expect(within(umu).queryByRole('link', { name: /Se integrationerna/ })).not.toBeInTheDocument();
  });

  it('is not shown to an editor, who does not manage the webhooks', async () => {
    setup({ umu: 2, norrsken: 0 }, 'EDITOR');

    const umu = await screen.findByRole('article', { name: 'Umeå universitet' });
    expect(within(umu).getByRole('link', { name: 'Starta samverkan för Umeå universitet' })).toBeInTheDocument();
    expect(within(umu).queryByText(/avstängd/)).not.toBeInTheDocument();
  });

  describe('the link’s target', () => {
    // jsdom has no scrollIntoView: put back whatever was there (or nothing) after each test.
    const original = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
    afterEach(() => {
      if (original) Object.defineProperty(Element.prototype, 'scrollIntoView', original);
      else delete (Element.prototype as Partial<Element>).scrollIntoView;
    });

    it('is the actor page’s integrations section, scrolled to when the address names it', async () => {
      // jsdom does not scroll; the section asks to be scrolled into view once it is shown.
      const scrolled = vi.fn();
      Element.prototype.scrollIntoView = scrolled;
      const subject = actor({ id: ACTOR_ID, myRole: 'OWNER' });
      const api = mockApi(
        ...signedInMocks(actorsMe()),
        http.get('/api/v1/actors/{actorId}/webhooks', ({ response }) =>
          response(200).json({ items: [webhook({ status: 'DISABLED', disabledReason: 'The receiver answered 410 Gone' })] }),
        ),
        ...actorPageMocks(subject),
      );
      renderApp({ path: `/aktorer/${subject.slug}#integrations`, fetch: api.fetch, auth: 'authenticated' });

      const section = await screen.findByRole('region', { name: 'Integrationer' });
      expect(section).toHaveAttribute('id', 'integrations');
      await vi.waitFor(() => expect(scrolled).toHaveBeenCalled());
      expect(scrolled.mock.contexts).toContain(section);
    });
  });
});
