import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../features/actors/model';
import { actor, me } from '../../test/actor-fixtures';
import { resourceSummary } from '../../features/resources/test-fixtures';
import type { AuthStatus } from '../../lib/auth/auth-client';
import { actorPageMocks } from '../../test/actor-page-mocks';
import { http, mockApi, problemBody, PROBLEM_JSON } from '../../test/api-mock';
import { NO_RESOURCE_FACETS } from '../../test/page-fixtures';
import { signedInMocks } from '../../test/session-mocks';
import { renderApp } from '../../test/render-app';

function setup(options: { actor: Actor; auth?: AuthStatus }) {
  const api = mockApi(
    ...signedInMocks(me()),
    http.get('/api/v1/resources', ({ query, response }) => {
      if (query.getAll('actor').join() !== 'a-1') return response(400).json(problemBody(400), PROBLEM_JSON);
      return query.get('status') === 'DRAFT'
        ? response(200).json({
            items: [resourceSummary({ id: 'r-2', slug: 'utkast', status: 'DRAFT', title: { sv: 'Hemligt utkast' } })],
            facets: NO_RESOURCE_FACETS,
          })
        : response(200).json({ items: [resourceSummary()], facets: NO_RESOURCE_FACETS });
    }),
    ...actorPageMocks(options.actor),
  );
  renderApp({ path: '/aktorer/umea-science-park', fetch: api.fetch, auth: options.auth ?? 'authenticated' });
  return api;
}

describe("an actor's page with its resources", () => {
  it('lists the published resources to everyone, without drafts or the add link', async () => {
    const api = setup({ actor: actor(), auth: 'anonymous' });

    const section = await screen.findByRole('region', { name: 'Resurser' });
    expect(await within(section).findByRole('link', { name: 'Drönardag' })).toHaveAttribute('href', '/resurser/drondag');
    expect(within(section).queryByText('Hemligt utkast')).not.toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: 'Lägg till resurs' })).not.toBeInTheDocument();
    expect(api.requests.some((request) => new URL(request.url).searchParams.get('status') === 'DRAFT')).toBe(false);
  });

  it("shows its people the drafts, and its owners and editors the way to add one", async () => {
    setup({ actor: actor({ myRole: 'OWNER' }) });

    const section = await screen.findByRole('region', { name: 'Resurser' });
    const drafts = within(section).getByRole('region', { name: 'Utkast' });
    expect(await within(drafts).findByRole('link', { name: 'Hemligt utkast' })).toHaveAttribute('href', '/resurser/utkast');
    expect(within(section).getByRole('link', { name: 'Lägg till resurs' })).toHaveAttribute('href', '/resurser/ny?actor=a-1');
  });

  it('tells the owners of a pending actor that resources come after approval', async () => {
    setup({ actor: actor({ myRole: 'OWNER', status: 'PENDING' }) });

    const section = await screen.findByRole('region', { name: 'Resurser' });
    expect(within(section).getByText('När organisationen är godkänd kan ni lägga till resurser.')).toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: 'Lägg till resurs' })).not.toBeInTheDocument();
  });
});

describe("an actor's place on the map", () => {
  it('shows a located actor on a named map with the same place in a plain list', async () => {
    setup({ actor: actor({ location: { lat: 63.8203, lon: 20.3063 } }), auth: 'anonymous' });

    const section = await screen.findByRole('region', { name: 'Plats' });
    expect(within(section).getByRole('region', { name: /^Karta: var .+ finns$/ })).toBeInTheDocument();
    const list = within(section).getByRole('list', { name: 'Platserna på kartan' });
    expect(within(list).getByRole('link')).toHaveAttribute('href', '/aktorer/umea-science-park');
  });

  it('has no map for an actor without a location', async () => {
    setup({ actor: actor({ location: undefined }), auth: 'anonymous' });

    await screen.findByRole('region', { name: 'Resurser' });
    expect(screen.queryByRole('region', { name: 'Plats' })).not.toBeInTheDocument();
  });
});
