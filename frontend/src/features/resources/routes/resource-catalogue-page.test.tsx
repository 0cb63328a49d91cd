import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, mockApi, SEARCH_UNAVAILABLE, SEARCH_UNAVAILABLE_INIT } from '../../../test/api-mock';
import { EMPTY_RESOURCE_PAGE } from '../../../test/page-fixtures';
import { renderApp } from '../../../test/render-app';
import type { ResourcePage } from '../model';
import { resourceSummary, vocabularyMocks } from '../test-fixtures';

const listing = (page: ResourcePage) => http.get('/api/v1/resources', ({ response }) => response(200).json(page));

function listRequests(requests: Request[]) {
  return requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/resources')
    .map((url) => url.searchParams);
}

const EVENT_PAGE: ResourcePage = {
  items: [
    resourceSummary({
      occurrences: [
        { start: '2026-04-06T10:00:00+02:00', end: '2026-04-06T12:00:00+02:00' },
        { start: '2026-04-13T10:00:00+02:00', end: '2026-04-13T12:00:00+02:00' },
        { start: '2026-04-20T10:00:00+02:00', end: '2026-04-20T12:00:00+02:00' },
        { start: '2026-04-27T10:00:00+02:00', end: '2026-04-27T12:00:00+02:00' },
      ],
    }),
  ],
  nextCursor: undefined,
  facets: {
    kind: { EVENT: 1 },
    family: { KNOWLEDGE: 1 },
    technologyArea: { drones: 1 },
    sdg: { '9': 1 },
    municipality: { '2480': 1 },
  },
};

describe('the resource catalogue', () => {
  it('asks the API with the filters in the URL, an inclusive end date, and shows counts and dates', async () => {
    const api = mockApi(...vocabularyMocks(), listing(EVENT_PAGE));
    renderApp({ path: '/resurser?kind=EVENT&from=2026-04-01&to=2026-04-30&sdg=9', fetch: api.fetch });

    const card = await screen.findByRole('article');
    expect(within(card).getByRole('link', { name: 'Drönardag' })).toHaveAttribute('href', '/resurser/drondag');
    expect(within(card).getByRole('link', { name: 'Norrsken Lab' })).toHaveAttribute('href', '/aktorer/norrsken-lab');
    expect(card).toHaveTextContent('Evenemang · Norrsken Lab · Umeå kommun');
    // Three dates in Swedish time, and how many more.
    const dates = within(card).getAllByRole('listitem');
    expect(dates.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^måndag 6 april 2026 10:00\s?–\s?12:00$/),
      expect.stringMatching(/^måndag 13 april 2026/),
      expect.stringMatching(/^måndag 20 april 2026/),
      'och ett tillfälle till',
    ]);

    const params = listRequests(api.requests)[0]!;
    expect(Object.fromEntries(params)).toEqual({ kind: 'EVENT', sdg: '9', from: '2026-04-01', to: '2026-05-01', limit: '20' });
    expect(screen.getByText('Visar 1 resurs.')).toBeInTheDocument();

    // The counts of the results stand next to the options.
    const kind = screen.getByLabelText('Typ av resurs');
    expect(within(kind).getByRole('option', { name: 'Evenemang (1)' })).toBeInTheDocument();
    expect(within(kind).getByRole('option', { name: 'Testbädd (0)' })).toBeInTheDocument();
    const municipality = await screen.findByLabelText('Kommun');
    await waitFor(() =>
      expect(within(municipality).getAllByRole('option').map((option) => option.textContent)).toEqual(['Alla', 'Umeå kommun (1)']),
    );
    expect(screen.getByLabelText('Globalt mål')).toHaveValue('9');
    expect(screen.getByLabelText('Till och med')).toHaveValue('2026-04-30');
  });

  it('puts a chosen filter in the URL, and drops a kind of the other family', async () => {
    const user = userEvent.setup();
    const api = mockApi(...vocabularyMocks(), listing(EVENT_PAGE));
    const { router } = renderApp({ path: '/resurser?kind=EVENT', fetch: api.fetch });
    await screen.findByRole('article');

    await user.selectOptions(screen.getByLabelText('Kunskap eller innovation'), 'INNOVATION');

    expect(router.state.location.search).toBe('?family=INNOVATION');
    await waitFor(() => expect(listRequests(api.requests).at(-1)?.get('family')).toBe('INNOVATION'));
    expect(listRequests(api.requests).at(-1)?.has('kind')).toBe(false);
  });

  it('says when the date range is backwards, and asks without its end', async () => {
    const api = mockApi(...vocabularyMocks(), listing(EMPTY_RESOURCE_PAGE));
    renderApp({ path: '/resurser?from=2026-04-30&to=2026-04-01', fetch: api.fetch });

    expect(await screen.findByText('Inga resurser matchar sökningen.')).toBeInTheDocument();
    const to = screen.getByLabelText('Till och med');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Slutdatumet är före startdatumet, så det används inte.')).toBeInTheDocument();
    expect(Object.fromEntries(listRequests(api.requests)[0]!)).toEqual({ from: '2026-04-30', limit: '20' });
  });

  it('follows the cursor with "Visa fler" and appends the next page', async () => {
    const user = userEvent.setup();
    const api = mockApi(
      ...vocabularyMocks(),
      http.get('/api/v1/resources', ({ request, response }) =>
        new URL(request.url).searchParams.get('cursor') === 'c2'
          ? response(200).json({ ...EVENT_PAGE, items: [resourceSummary({ id: 'r-2', slug: 'labb', kind: 'LAB', title: { sv: 'Labbet' } })] })
          : response(200).json({ ...EVENT_PAGE, nextCursor: 'c2' }),
      ),
    );
    renderApp({ path: '/resurser', fetch: api.fetch });

    await user.click(await screen.findByRole('button', { name: 'Visa fler' }));

    expect(await screen.findByRole('link', { name: 'Labbet' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
  });

  it('says calmly that search is unavailable while the API answers 503, and lists the resources after a retry', async () => {
    const user = userEvent.setup();
    let up = false;
    const api = mockApi(
      ...vocabularyMocks(),
      http.get('/api/v1/resources', ({ response }) =>
        up ? response(200).json(EVENT_PAGE) : response(503).json(SEARCH_UNAVAILABLE, SEARCH_UNAVAILABLE_INIT),
      ),
    );
    renderApp({ path: '/resurser?kind=EVENT', fetch: api.fetch });

    const message = await screen.findByText(/^Sökningen är tillfälligt otillgänglig\./);
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByText('Något gick fel')).not.toBeInTheDocument();
    // The filters stay usable: only the list waits for the search engine.
    expect(screen.getByLabelText('Typ av resurs')).toBeEnabled();

    up = true;
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));

    expect(await screen.findByRole('article')).toBeInTheDocument();
    expect(screen.queryByText(/tillfälligt otillgänglig/)).not.toBeInTheDocument();
    expect(listRequests(api.requests)).toHaveLength(2);
  });
});

describe('the events as a month', () => {
  it('switches the event listing to a month, asks for that month only, and puts the events on their days', async () => {
    const user = userEvent.setup();
    const api = mockApi(...vocabularyMocks(), listing(EVENT_PAGE));
    const { router } = renderApp({ path: '/resurser?kind=EVENT&month=2026-04', fetch: api.fetch });

    const toggle = await screen.findByRole('group', { name: 'Visa som' });
    expect(within(toggle).getByRole('button', { name: 'Lista' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(toggle).getByRole('button', { name: 'Månad' }));

    const grid = await screen.findByRole('grid', { name: 'april 2026' });
    expect(router.state.location.search).toBe('?kind=EVENT&view=month&month=2026-04');
    const monday = within(grid).getByRole('gridcell', { name: 'måndag 6 april, 1 evenemang' });
    await waitFor(() => expect(within(monday).getByRole('link', { name: '10:00 Drönardag' })).toHaveAttribute('href', '/resurser/drondag'));
    expect(within(grid).getAllByRole('link', { name: /Drönardag/ })).toHaveLength(4);
    // The month's own range, the end exclusive as the API wants it.
    const last = listRequests(api.requests).at(-1)!;
    expect(last.get('kind')).toBe('EVENT');
    expect(last.get('from')).toBe('2026-04-01');
    expect(last.get('to')).toBe('2026-05-01');

    await user.click(screen.getByRole('button', { name: /Nästa månad/ }));
    expect(await screen.findByRole('grid', { name: 'maj 2026' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?kind=EVENT&view=month&month=2026-05');
    await waitFor(() => expect(listRequests(api.requests).at(-1)!.get('from')).toBe('2026-05-01'));
  });

  it('offers no month view for other kinds', async () => {
    const api = mockApi(...vocabularyMocks(), listing(EVENT_PAGE));
    renderApp({ path: '/resurser?kind=TESTBED&view=month', fetch: api.fetch });
    await screen.findByRole('link', { name: 'Drönardag' });
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Visa som' })).not.toBeInTheDocument();
  });
});
