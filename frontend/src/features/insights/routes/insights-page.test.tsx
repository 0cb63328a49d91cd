import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { actor } from '../../../test/actor-fixtures';
import { actorPageMocks } from '../../../test/actor-page-mocks';
import { http, mockApi, problemBody, problemInit } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import { drawnPart } from '../components/network-graph';
import { envelope, insightMocks, NETWORK, networkNode } from '../test-fixtures';

// Cytoscape draws on a canvas jsdom does not have: this stand-in records what it was given and
// lets a test fire its 'tap' on a node like a click would.
const cytoscapeCalls = vi.hoisted(() => ({
  options: [] as { elements: { group: string; data: Record<string, unknown> }[] }[],
  taps: [] as ((event: { target: { data: (key: string) => unknown } }) => void)[],
}));
vi.mock('cytoscape', () => ({
  default: vi.fn((options: (typeof cytoscapeCalls.options)[number]) => {
    cytoscapeCalls.options.push(options);
    return {
      on: (event: string, selector: unknown, handler?: (typeof cytoscapeCalls.taps)[number]) => {
        if (event === 'tap' && selector === 'node' && handler) cytoscapeCalls.taps.push(handler);
      },
      zoom: () => 1,
      center: () => {},
      destroy: () => {},
    };
  }),
}));

beforeEach(() => {
  cytoscapeCalls.options.length = 0;
  cytoscapeCalls.taps.length = 0;
});

function insightRequests(requests: Request[], figure: string) {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === `/api/v1/insights/${figure}`);
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

function tableRows(region: HTMLElement) {
  return within(within(region).getByRole('table', { hidden: true }))
    .getAllByRole('row', { hidden: true })
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

// Each test renders the whole dashboard (seventeen figures, each drawn by Plot in jsdom), and a
// changed filter draws them again: slower than one form, so more time than the default 5 s on a
// busy machine.
const DASHBOARD_TIMEOUT = 20_000;

describe('the insights dashboard', () => {
  it('asks every figure with the filters of the URL and links each CSV with the same filters', async () => {
    const api = mockApi(...insightMocks());
    renderApp({ path: '/insikter?sector=ACADEMIA&county=24&from=2026-01-01', fetch: api.fetch });

    expect(screen.getByRole('heading', { level: 1, name: 'Insikter' })).toBeInTheDocument();
    const bySector = await screen.findByRole('region', { name: 'Aktörer per sektor' });
    await within(bySector).findByRole('table', { hidden: true });

    const params = insightRequests(api.requests, 'actors-by-sector')[0]!.searchParams;
    expect([...params]).toEqual([
      ['from', '2026-01-01'],
      ['county', '24'],
      ['sector', 'ACADEMIA'],
    ]);
    for (const figure of ['synergy', 'network', 'municipality-links', 'sdg-coverage']) {
      expect(insightRequests(api.requests, figure)[0]?.search).toBe('?from=2026-01-01&county=24&sector=ACADEMIA');
    }
    expect(within(bySector).getByRole('link', { name: 'Ladda ned Aktörer per sektor som CSV' })).toHaveAttribute(
      'href',
      'http://api.test/api/v1/insights/actors-by-sector?from=2026-01-01&county=24&sector=ACADEMIA&format=csv',
    );
    expect(screen.getByLabelText('Sektor')).toHaveValue('ACADEMIA');
    await waitFor(() => expect(screen.getByLabelText('Län')).toHaveValue('24'));
  }, DASHBOARD_TIMEOUT);

  it('shows the numbers of each figure in its captioned table, and calls out the goals nobody works on', async () => {
    renderApp({ path: '/insikter', fetch: mockApi(...insightMocks()).fetch });

    const bySector = await screen.findByRole('region', { name: 'Aktörer per sektor' });
    await within(bySector).findByRole('table', { hidden: true });
    expect(within(bySector).getByText('Aktörer per sektor', { selector: 'caption' })).toBeInTheDocument();
    expect(tableRows(bySector)).toEqual([
      ['Sektor', 'Aktörer'],
      ['Näringsliv', '7'],
      ['Akademi', '3'],
      ['Offentlig sektor', '2'],
      ['Civilsamhälle', '0'],
    ]);

    const tempo = section('Innovationstempo: publicerade resurser per månad');
    expect(tableRows(tempo)).toEqual([
      ['Månad', 'Evenemang (Kunskapsresurser)', 'Testbädd (Innovationsresurser)'],
      ['2026-11', '4', '1'],
    ]);
    const scores = section('Hur många gränser samverkan korsar');
    expect(tableRows(scores)).toEqual([
      ['Korsade gränser', 'Samverkan', 'Andel'],
      ['2', '1', '25\u00a0%'],
      ['3', '3', '75\u00a0%'],
    ]);

    const sdgs = section('Agenda 2030: resurser och samverkan per globalt mål');
    expect(sdgs).toHaveTextContent('2 mål som ingen arbetar med: Mål 2: Ingen hunger; Mål 3: God hälsa och välbefinnande.');

    // The map of collaborations between municipalities keeps its pairs in a table.
    const links = section('Samverkan mellan kommuner');
    expect(tableRows(links)).toEqual([
      ['Kommun', 'Kommun', 'Samverkan'],
      ['Umeå', 'Luleå', '1'],
    ]);
    expect(within(links).getByRole('link', { name: /CSV/ })).toHaveAttribute('href', 'http://api.test/api/v1/insights/municipality-links?format=csv');

    const synergy = section('Synergi i trippelhelixen över tid');
    expect(synergy).toHaveTextContent('Ett negativt värde betyder synergi');
    expect(tableRows(synergy)[1]!.slice(0, 4)).toEqual(['2026', '3', '1', '−0,125']);

    // Every figure has a chart drawn by Observable Plot, named like its figure.
    expect(within(bySector).getByLabelText('Aktörer per sektor', { selector: 'svg' })).toBeInTheDocument();
  }, DASHBOARD_TIMEOUT);

  it('puts a changed filter into the URL and asks the figures again with it', async () => {
    const user = userEvent.setup();
    const api = mockApi(...insightMocks());
    const { router } = renderApp({ path: '/insikter?county=24', fetch: api.fetch });
    await screen.findByRole('region', { name: 'Aktörer per sektor' });
    await waitFor(() => expect(screen.getByLabelText('Kommun')).not.toBeDisabled());

    await user.selectOptions(screen.getByLabelText('Sektor'), 'PUBLIC');

    expect(router.state.location.search).toBe('?county=24&sector=PUBLIC');
    await waitFor(() =>
      expect(insightRequests(api.requests, 'actors-joined').map((url) => url.search)).toEqual(['?county=24', '?county=24&sector=PUBLIC']),
    );
    expect(within(section('Nya aktörer per månad')).getByRole('link', { name: /CSV/ })).toHaveAttribute(
      'href',
      'http://api.test/api/v1/insights/actors-joined?county=24&sector=PUBLIC&format=csv',
    );

    // A municipality outside a newly chosen county goes.
    await user.selectOptions(screen.getByLabelText('Kommun'), '2480');
    expect(router.state.location.search).toBe('?county=24&municipality=2480&sector=PUBLIC');
    await user.selectOptions(screen.getByLabelText('Län'), '25');
    expect(router.state.location.search).toBe('?county=25&sector=PUBLIC');

    await user.click(screen.getByRole('link', { name: 'Rensa filtren' }));
    expect(router.state.location.search).toBe('');
  }, DASHBOARD_TIMEOUT);

  it('draws the network coloured by sector and opens the actor whose node is clicked', async () => {
    // The actor's page the click opens (and its queries) is answered as well.
    const opened = actor({ id: 'b', slug: 'umea-universitet', name: 'Umeå universitet' });
    const { router } = renderApp({ path: '/insikter', fetch: mockApi(...insightMocks(), ...actorPageMocks(opened)).fetch });

    const network = await screen.findByRole('region', { name: 'Samverkansnätverket' });
    expect(await within(network).findByRole('img', { name: /Samverkansnätverket: 3 aktörer och 2 kopplingar/ })).toBeInTheDocument();
    const nodes = cytoscapeCalls.options.at(-1)!.elements.filter((element) => element.group === 'nodes');
    expect(nodes.map((node) => [node.data.slug, node.data.colour])).toEqual([
      ['norrskensdata-ab', '#0072b2'],
      ['umea-universitet', '#cc79a7'],
      ['region-vasterbotten', '#009e73'],
    ]);
    // The table lists every actor, best connected first, with links to their pages.
    const rows = tableRows(network);
    expect(rows[1]!.slice(0, 5)).toEqual(['Norrskensdata AB', 'Näringsliv', '1', '2', '1']);
    expect(within(network).getByRole('link', { name: 'Umeå universitet', hidden: true })).toHaveAttribute('href', '/aktorer/umea-universitet');

    cytoscapeCalls.taps.at(-1)!({ target: { data: (key) => (key === 'slug' ? 'umea-universitet' : undefined) } });

    await waitFor(() => expect(router.state.location.pathname).toBe('/aktorer/umea-universitet'));
  }, DASHBOARD_TIMEOUT);

  it('draws at most the 300 best-connected actors and the edges between them', () => {
    const nodes = Array.from({ length: 302 }, (_, index) =>
      networkNode({ id: `n${index}`, slug: `n${index}`, name: `N${index}`, partners: index === 5 ? 0 : 1, betweenness: index === 7 ? 0 : 1 }),
    );
    const drawn = drawnPart(nodes, [
      { source: 'n1', target: 'n2', weight: 1 },
      { source: 'n1', target: 'n5', weight: 1 },
    ]);

    expect(drawn.nodes).toHaveLength(300);
    expect(drawn.nodes.map((node) => node.id)).not.toContain('n5');
    expect(drawn.nodes.map((node) => node.id)).not.toContain('n7');
    expect(drawn.edges).toEqual([{ source: 'n1', target: 'n2', weight: 1 }]);
  });

  it('says calmly when there are no collaborations yet, and when one figure fails', async () => {
    const user = userEvent.setup();
    let failing = true;
    const api = mockApi(
      http.get('/api/v1/insights/network', ({ response }) => response(200).json({ ...NETWORK, nodes: [], edges: [] })),
      http.get('/api/v1/insights/collaboration-intensity', ({ response }) =>
        response(200).json(envelope('collaboration-intensity', [{ month: '2026-11', active: 0, started: 0 }])),
      ),
      http.get('/api/v1/insights/actors-by-county', ({ response }) =>
        failing
          ? response('default').json(problemBody(500, { type: 'urn:din:problem:internal', title: 'Internal Server Error' }), problemInit(500))
          : response(200).json(envelope('actors-by-county', [{ countyCode: '25', countyName: 'Norrbottens län', actors: 4 }])),
      ),
      ...insightMocks(),
    );
    renderApp({ path: '/insikter', fetch: api.fetch });

    const network = await screen.findByRole('region', { name: 'Samverkansnätverket' });
    expect(await within(network).findByText('Ingen publik samverkan för det här urvalet än.')).toBeInTheDocument();
    expect(within(section('Projektintensitet: samverkan per månad')).getByText('Ingen publik samverkan för det här urvalet än.')).toBeInTheDocument();

    const byCounty = section('Aktörer per län');
    expect(await within(byCounty).findByRole('alert')).toBeInTheDocument();
    // The other figures are still there.
    expect(within(section('Aktörer per sektor')).getByRole('table', { hidden: true })).toBeInTheDocument();

    failing = false;
    await user.click(within(byCounty).getByRole('button', { name: 'Försök igen' }));
    expect(await within(byCounty).findByText('Norrbottens län', { selector: 'th' })).toBeInTheDocument();
  }, DASHBOARD_TIMEOUT);
});
