import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../lib/api/schema';
import { http, mockApi, problemBody, problemInit } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { signedInMocks } from '../../../test/session-mocks';
import { vocabularyHandlers } from '../../../test/vocabulary-fixtures';
import { homeMocks } from '../test-fixtures';

type Me = components['schemas']['Me'];

function figures() {
  return screen.getByRole('region', { name: 'Regionen i siffror' });
}

/** One live figure, found by what it counts (its link). */
function figure(label: string): HTMLElement {
  const item = within(figures()).getByRole('link', { name: label }).closest('li');
  if (!item) throw new Error(`no figure ${label}`);
  return item;
}

describe('the home page', () => {
  it('shows the live figures from the API: actors by sector, upcoming events, testbeds, collaborations crossing boundaries', async () => {
    const api = mockApi(...homeMocks());
    renderApp({ path: '/', fetch: api.fetch });

    expect(screen.getByRole('heading', { level: 1, name: 'Digital Impact North' })).toBeInTheDocument();
    // 7 + 3 + 4 + 1 actors, each sector named.
    expect(await within(figure('aktörer')).findByText('15')).toBeInTheDocument();
    expect(within(figure('aktörer')).getByText('Näringsliv: 7')).toBeInTheDocument();
    expect(within(figure('aktörer')).getByText('Civilsamhälle: 1')).toBeInTheDocument();
    // The facet counts of all upcoming events and testbeds, not just the few listed.
    expect(await within(figure('kommande evenemang')).findByText('12')).toBeInTheDocument();
    expect(await within(figure('testbäddar')).findByText('4')).toBeInTheDocument();
    // Two or more boundaries: 6 + 2 + 1.
    expect(await within(figure('samverkan som korsar gränser')).findByText('9')).toBeInTheDocument();

    expect(within(figure('kommande evenemang')).getByRole('link', { name: 'kommande evenemang' })).toHaveAttribute(
      'href',
      '/resurser?kind=EVENT',
    );
    const asked = api.requests.map((request) => new URL(request.url));
    const events = asked.find((url) => url.pathname === '/api/v1/resources' && url.searchParams.get('kind') === 'EVENT');
    expect(events?.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const testbeds = asked.find((url) => url.pathname === '/api/v1/resources' && url.searchParams.get('kind') === 'TESTBED');
    expect(testbeds?.searchParams.get('limit')).toBe('3');
  });

  it('lists the next events, a few testbeds and the boundaries crossed in the latest month with collaborations', async () => {
    renderApp({ path: '/', fetch: mockApi(...homeMocks()).fetch });

    const events = screen.getByRole('region', { name: 'Nästa evenemang' });
    expect(await within(events).findByRole('link', { name: 'AI-frukost i Umeå' })).toHaveAttribute('href', '/resurser/ai-frukost');
    expect(within(events).getByText(/3 december 2026/)).toBeInTheDocument();

    const testbeds = screen.getByRole('region', { name: 'Testbäddar att använda' });
    expect(await within(testbeds).findByRole('link', { name: 'Testbädd för batteriproduktion' })).toBeInTheDocument();
    expect(within(testbeds).getByText(/^Hos RISE/)).toHaveTextContent('Hos RISE · Enligt överenskommelse');

    const boundaries = screen.getByRole('region', { name: 'Samverkan över gränserna' });
    expect(await within(boundaries).findByText(/oktober 2026/)).toBeInTheDocument();
    const sector = within(boundaries).getByText('Sektorsgränser').closest('li');
    expect(sector).toHaveTextContent(/75\s%\sav 8 samverkan/u);
  });

  it('keeps the rest of the page when one figure fails, and loads it again on retry', async () => {
    let failing = true;
    const api = mockApi(
      ...homeMocks(
        http.get('/api/v1/insights/actors-by-sector', ({ response }) =>
          failing
            ? response('default').json(problemBody(500, { title: 'Internal Server Error' }), problemInit(500))
            : response(200).json({ figure: 'actors-by-sector', filters: {}, computedAt: '2026-11-30T12:00:00Z', rows: [{ sector: 'PUBLIC', actors: 2 }] }),
        ),
      ),
    );
    renderApp({ path: '/', fetch: api.fetch });

    expect(await within(figure('aktörer')).findByText('Siffran kunde inte hämtas.')).toBeInTheDocument();
    expect(await within(figure('kommande evenemang')).findByText('12')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'AI-frukost i Umeå' })).toBeInTheDocument();

    failing = false;
    await userEvent.click(within(figure('aktörer')).getByRole('button', { name: 'Försök igen' }));
    expect(await within(figure('aktörer')).findByText('2')).toBeInTheDocument();
    expect(within(figure('aktörer')).queryByText('Siffran kunde inte hämtas.')).not.toBeInTheDocument();
  });

  it('says so in its section when the events cannot be listed', async () => {
    renderApp({
      path: '/',
      fetch: mockApi(
        ...homeMocks(
          http.get('/api/v1/resources', ({ response }) =>
            response('default').json(problemBody(500, { title: 'Internal Server Error' }), problemInit(500)),
          ),
        ),
      ).fetch,
    });
    const events = screen.getByRole('region', { name: 'Nästa evenemang' });
    expect(await within(events).findByRole('alert')).toBeInTheDocument();
    expect(await within(figure('aktörer')).findByText('15')).toBeInTheDocument();
  });
});

describe('the call to action', () => {
  it('invites a visitor to connect their organisation, through the registration page that asks them to log in', async () => {
    // The registration page reads its vocabularies even before anyone has logged in: empty here.
    const api = mockApi(...homeMocks(...vocabularyHandlers({ municipalities: [], technologyAreas: [] })));
    renderApp({ path: '/', fetch: api.fetch });

    const cta = screen.getByRole('link', { name: 'Anslut din organisation' });
    expect(cta).toHaveAttribute('href', '/aktorer/ny');
    expect(screen.getByText(/Du loggar in eller skapar ett konto först/)).toBeInTheDocument();

    await userEvent.click(cta);
    expect(await screen.findByRole('heading', { level: 1, name: 'Registrera din organisation' })).toBeInTheDocument();
    expect(screen.getByText('Logga in för att registrera din organisation.')).toBeInTheDocument();
  });

  it('sends a signed-in member of an organisation to share what it has instead', async () => {
    const me: Me = {
      subject: 's',
      roles: ['member'],
      memberships: [{ actor: { id: 'a-1', slug: 'norrskensdata', name: 'Norrskensdata AB', status: 'ACTIVE' }, role: 'OWNER', since: '2026-01-01T00:00:00Z' }],
      joinRequests: [],
    };
    renderApp({ path: '/', fetch: mockApi(...homeMocks(...signedInMocks(me))).fetch, auth: 'authenticated' });

    const cta = await screen.findByRole('link', { name: 'Dela en resurs eller starta en samverkan' });
    expect(cta).toHaveAttribute('href', '/mina-organisationer');
    expect(screen.queryByRole('link', { name: 'Anslut din organisation' })).not.toBeInTheDocument();
  });

  it('takes someone signed in without an organisation straight to the registration form', async () => {
    const me: Me = { subject: 's', roles: ['member'], memberships: [], joinRequests: [] };
    renderApp({ path: '/', fetch: mockApi(...homeMocks(...signedInMocks(me))).fetch, auth: 'authenticated' });

    await waitFor(() => expect(screen.getByText(/Du är inloggad/)).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Anslut din organisation' })).toHaveAttribute('href', '/aktorer/ny');
  });
});
