import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/i18n/format';
import type { RequestHandler } from 'msw';
import { etag, http, mockApi, problemBody, PROBLEM_JSON } from '../../test/api-mock';
import { signedInMocks } from '../../test/session-mocks';
import { renderApp } from '../../test/render-app';
import type { TakenDownResource } from '../../features/resources/model';
import { resource } from '../../features/resources/test-fixtures';
import { me } from '../../test/actor-fixtures';

/** A moderator's page with no pending actors, the taken-down queue `queue()` gives, and `handlers` first. */
function moderatorApi(queue: () => TakenDownResource[], ...handlers: RequestHandler[]) {
  return mockApi(
    ...handlers,
    ...signedInMocks(me({ roles: ['member', 'moderator'] })),
    http.get('/api/v1/actors', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/moderation/taken-down-resources', ({ response }) => response(200).json({ items: queue() })),
  );
}

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
    const api = moderatorApi(
      () => queue,
      http.post('/api/v1/resources/{id}/restore', ({ params, request, response }) => {
        restores.push({ ifMatch: request.headers.get('If-Match') });
        queue = queue.filter((item) => item.id !== params.id);
        return response(200).json(resource({ id: 'r-1', slug: 'drondag' }), etag(3));
      }),
    );
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
    const api = moderatorApi(
      () => queue,
      http.post('/api/v1/resources/{id}/restore', ({ response }) => {
        queue = [];
        return response(409).json(problemBody(409, { detail: 'The resource is not taken down' }), PROBLEM_JSON);
      }),
    );
    renderApp({ path: '/moderering', fetch: api.fetch, auth: 'authenticated' });

    const section = await screen.findByRole('region', { name: 'Nedtagna resurser' });
    await user.click(await within(section).findByRole('button', { name: 'Återställ Drönardag' }));

    expect(await within(section).findByText('Inga resurser är nedtagna.')).toBeInTheDocument();
  });

  it('says so when nothing is taken down', async () => {
    const api = moderatorApi(() => []);
    renderApp({ path: '/moderering', fetch: api.fetch, auth: 'authenticated' });

    const section = await screen.findByRole('region', { name: 'Nedtagna resurser' });
    expect(await within(section).findByText('Inga resurser är nedtagna.')).toBeInTheDocument();
  });
});
