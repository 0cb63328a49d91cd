import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/i18n/format';
import { createFakeFetch, json, problem } from '../../test/fake-fetch';
import { renderApp } from '../../test/render-app';
import type { TakenDownResource } from '../../features/resources/model';
import { resource } from '../../features/resources/test-fixtures';
import { me } from '../../test/actor-fixtures';

function takenDown(overrides: Partial<TakenDownResource> = {}): TakenDownResource {
  return {
    id: 'r-1',
    slug: 'drondag',
    kind: 'EVENT',
    status: 'PUBLISHED',
    actor: { id: 'a-1', slug: 'norrsken-lab', name: 'Norrsken Lab', status: 'ACTIVE' },
    title: { sv: 'Drönardag' },
    takedownReason: 'Vilseledande innehåll',
    takenDownAt: '2026-03-02T09:30:00Z',
    ...overrides,
  };
}

describe("the moderation page's taken-down resources", () => {
  it('lists them with publisher, reason and date, and restores one so it leaves the list', async () => {
    const user = userEvent.setup();
    let queue = [
      takenDown(),
      takenDown({
        id: 'r-2',
        slug: 'labbet',
        title: { sv: 'Labbet' },
        actor: { id: 'a-2', slug: 'rise', name: 'RISE', status: 'ACTIVE' },
        takedownReason: 'Fel uppgifter',
        takenDownAt: '2026-03-01T08:00:00Z',
      }),
    ];
    const restores: { ifMatch: string | null }[] = [];
    const api = createFakeFetch({
      '/api/v1/me': () => json(me({ roles: ['member', 'moderator'] })),
      '/api/v1/actors': () => json({ items: [] }),
      '/api/v1/moderation/taken-down-resources': () => json({ items: queue }),
      '/api/v1/resources/r-1/restore': (request) => {
        restores.push({ ifMatch: request.headers.get('If-Match') });
        queue = queue.filter((item) => item.id !== 'r-1');
        return json(resource({ id: 'r-1', slug: 'drondag' }), { headers: { 'Content-Type': 'application/json', ETag: '"3"' } });
      },
    });
    renderApp({ path: '/moderering', fetch: api.fetch, auth: 'authenticated' });

    const section = await screen.findByRole('region', { name: 'Nedtagna resurser' });
    const items = await within(section).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: 'Drönardag' })).toHaveAttribute('href', '/resurser/drondag');
    expect(within(items[0]!).getByText(/Utgivare: Norrsken Lab/)).toBeInTheDocument();
    expect(within(items[0]!).getByText('Motivering: Vilseledande innehåll')).toBeInTheDocument();
    expect(
      within(items[0]!).getByText(`nedtagen ${formatDateTime(new Date('2026-03-02T09:30:00Z'), 'sv')}`),
    ).toBeInTheDocument();
    expect(within(items[1]!).getByRole('link', { name: 'Labbet' })).toHaveAttribute('href', '/resurser/labbet');
    expect(within(items[1]!).getByText('Motivering: Fel uppgifter')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Återställ Drönardag' }));

    expect(await within(section).findByText('Drönardag är återställd.')).toBeInTheDocument();
    expect(restores).toEqual([{ ifMatch: null }]);
    await waitFor(() => expect(within(section).queryByRole('link', { name: 'Drönardag' })).not.toBeInTheDocument());
    expect(within(section).getByRole('link', { name: 'Labbet' })).toBeInTheDocument();
  });

  it('shows the queue as it is now when another moderator restored it first', async () => {
    const user = userEvent.setup();
    let queue = [takenDown()];
    const api = createFakeFetch({
      '/api/v1/me': () => json(me({ roles: ['member', 'moderator'] })),
      '/api/v1/actors': () => json({ items: [] }),
      '/api/v1/moderation/taken-down-resources': () => json({ items: queue }),
      '/api/v1/resources/r-1/restore': () => {
        queue = [];
        return problem(409, { title: 'Conflict', detail: 'The resource is not taken down' });
      },
    });
    renderApp({ path: '/moderering', fetch: api.fetch, auth: 'authenticated' });

    const section = await screen.findByRole('region', { name: 'Nedtagna resurser' });
    await user.click(await within(section).findByRole('button', { name: 'Återställ Drönardag' }));

    expect(await within(section).findByText('Inga resurser är nedtagna.')).toBeInTheDocument();
  });

  it('says so when nothing is taken down', async () => {
    const api = createFakeFetch({
      '/api/v1/me': () => json(me({ roles: ['member', 'moderator'] })),
      '/api/v1/actors': () => json({ items: [] }),
      '/api/v1/moderation/taken-down-resources': () => json({ items: [] }),
    });
    renderApp({ path: '/moderering', fetch: api.fetch, auth: 'authenticated' });

    const section = await screen.findByRole('region', { name: 'Nedtagna resurser' });
    expect(await within(section).findByText('Inga resurser är nedtagna.')).toBeInTheDocument();
  });
});
