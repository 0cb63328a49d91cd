import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../../lib/i18n/i18n-context';
import { http, mockApi, SEARCH_UNAVAILABLE, SEARCH_UNAVAILABLE_INIT } from '../../../test/api-mock';
import { renderApp } from '../../../test/render-app';
import type { CollaborationPage } from '../model';
import { collaborationSummary, vocabularyMocks } from '../test-fixtures';

const listing = (page: CollaborationPage) => http.get('/api/v1/collaborations', ({ response }) => response(200).json(page));

function listRequests(requests: Request[]) {
  return requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/collaborations')
    .map((url) => url.searchParams);
}

const PAGE: CollaborationPage = {
  items: [collaborationSummary()],
  facets: {
    kind: { PROJECT: 1 },
    status: { ACTIVE: 1 },
    sector: { BUSINESS: 1, ACADEMIA: 1 },
    sdg: { '9': 1 },
    technologyArea: { ai: 1 },
    knowledgeArea: { '1': 1 },
    municipality: { '2480': 1, '2580': 1 },
    county: { '24': 1, '25': 1 },
    crosses: { SECTOR: 1, ORGANISATION: 1, PLACE: 1, KNOWLEDGE: 1 },
    score: { '2': 3, '4': 1 },
  },
};

describe('the collaborations directory', () => {
  it('asks the API with the filters in the URL and shows each result with the boundaries it crosses', async () => {
    const api = mockApi(...vocabularyMocks(), listing(PAGE));
    renderApp({ path: '/samverkan?crosses=PLACE&sector=ACADEMIA&minScore=3&knowledgeArea=102&kind=PROJECT', fetch: api.fetch });

    const card = await screen.findByRole('article');
    expect(within(card).getByRole('link', { name: 'AI för basindustrin' })).toHaveAttribute('href', '/samverkan/ai-for-basindustrin');
    expect(within(card).getByRole('link', { name: 'Norrskensdata AB' })).toHaveAttribute('href', '/aktorer/norrskensdata-ab');
    expect(card).toHaveTextContent('Projekt · Pågår · Leds av Norrskensdata AB · 2 deltagare');
    expect(card).toHaveTextContent('4 av 5 gränser');
    expect(card).toHaveTextContent('Teknik: inte korsad');

    const params = listRequests(api.requests)[0]!;
    expect([...params]).toEqual([
      ['sector', 'ACADEMIA'],
      ['knowledgeArea', '102'],
      ['kind', 'PROJECT'],
      ['crosses', 'PLACE'],
      ['minScore', '3'],
      ['limit', '20'],
    ]);

    // The facets' counts stand beside the options; the chosen ones are checked.
    expect(screen.getByRole('checkbox', { name: 'Plats (1)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Teknik (0)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Akademi (1)' })).toBeChecked();
    const minScore = screen.getByLabelText('Minst antal korsade gränser');
    expect(minScore).toHaveValue('3');
    // "At least" counts every higher score too.
    expect(within(minScore).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Alla',
      'Minst 1 (4)',
      'Minst 2 (4)',
      'Minst 3 (1)',
      'Minst 4 (1)',
      'Minst 5 (0)',
    ]);
    const knowledge = screen.getByLabelText('Kunskapsområde');
    await waitFor(() => expect(knowledge).toHaveValue('102'));
    expect(within(knowledge).getByRole('option', { name: 'Naturvetenskap, hela området (1)' })).toBeInTheDocument();
    expect(within(knowledge).getByRole('option', { name: 'Samhällsvetenskap, hela området (0)' })).toBeInTheDocument();
    expect(within(screen.getByLabelText('Typ av samverkan')).getByRole('option', { name: 'Projekt (1)' })).toBeInTheDocument();
    expect(screen.getByText('Visar 1 av 1.')).toBeInTheDocument();
  });

  it('puts a chosen boundary, sector or score into the URL and asks the API again', async () => {
    const user = userEvent.setup();
    const api = mockApi(...vocabularyMocks(), listing(PAGE));
    const { router } = renderApp({ path: '/samverkan', fetch: api.fetch });
    await screen.findByRole('article');

    await user.click(screen.getByRole('checkbox', { name: 'Kunskap (1)' }));
    expect(router.state.location.search).toBe('?crosses=KNOWLEDGE');
    await user.click(screen.getByRole('checkbox', { name: 'Sektor (1)' }));
    expect(router.state.location.search).toBe('?crosses=SECTOR&crosses=KNOWLEDGE');
    await user.click(screen.getByRole('checkbox', { name: 'Näringsliv (1)' }));
    await user.selectOptions(screen.getByLabelText('Minst antal korsade gränser'), '2');
    expect(router.state.location.search).toBe('?sector=BUSINESS&crosses=SECTOR&crosses=KNOWLEDGE&minScore=2');
    await waitFor(() =>
      expect(Object.fromEntries(listRequests(api.requests).at(-1)!)).toEqual({
        sector: 'BUSINESS',
        crosses: 'KNOWLEDGE',
        minScore: '2',
        limit: '20',
      }),
    );
    expect(listRequests(api.requests).at(-1)!.getAll('crosses')).toEqual(['SECTOR', 'KNOWLEDGE']);

    await user.click(screen.getByRole('checkbox', { name: 'Sektor (1)' }));
    expect(router.state.location.search).toBe('?sector=BUSINESS&crosses=KNOWLEDGE&minScore=2');
    await user.click(screen.getByRole('link', { name: 'Rensa sökningen' }));
    expect(router.state.location.search).toBe('');
  });

  it('says when an end date lies before the start, and leaves it out of the request', async () => {
    const api = mockApi(...vocabularyMocks(), listing({ ...PAGE, items: [] }));
    renderApp({ path: '/samverkan?from=2026-06-01&to=2026-05-01', fetch: api.fetch });

    expect(await screen.findByText('Ingen samverkan matchar sökningen.')).toBeInTheDocument();
    expect(screen.getByText('Slutdatumet ligger före startdatumet.')).toBeInTheDocument();
    expect(screen.getByLabelText('Till och med')).toHaveAttribute('aria-invalid', 'true');
    expect(Object.fromEntries(listRequests(api.requests)[0]!)).toEqual({ from: '2026-06-01', limit: '20' });
  });

  it('says in English that search is unavailable while the API answers 503, and lists the collaborations after a retry', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const user = userEvent.setup();
    let up = false;
    const api = mockApi(
      ...vocabularyMocks(),
      http.get('/api/v1/collaborations', ({ response }) =>
        up ? response(200).json(PAGE) : response(503).json(SEARCH_UNAVAILABLE, SEARCH_UNAVAILABLE_INIT),
      ),
    );
    renderApp({ path: '/samverkan', fetch: api.fetch });

    const message = await screen.findByText(
      'Search is temporarily unavailable. The rest of the site works as usual; please try again in a moment.',
    );
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();

    up = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('link', { name: 'AI för basindustrin' })).toBeInTheDocument();
    expect(screen.queryByText(/temporarily unavailable/)).not.toBeInTheDocument();
    expect(listRequests(api.requests)).toHaveLength(2);
  });
});
