import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../../lib/api/schema';
import { http, mockApi } from '../../../test/api-mock';
import { vocabularyHandlers } from '../../../test/vocabulary-fixtures';
import { renderApp } from '../../../test/render-app';
import { actorSummary, MUNICIPALITIES, TECHNOLOGY_AREAS } from '../../../test/actor-fixtures';

function server(list: (params: URLSearchParams) => components['schemas']['ActorPage']) {
  return mockApi(
    ...vocabularyHandlers({ municipalities: MUNICIPALITIES, technologyAreas: TECHNOLOGY_AREAS }),
    http.get('/api/v1/actors', ({ request, response }) => response(200).json(list(new URL(request.url).searchParams))),
  );
}

function listRequests(requests: Request[]) {
  return requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/actors')
    .map((url) => url.searchParams);
}

describe('the actor directory', () => {
  it('asks the API with the filters in the URL and shows the actors as cards', async () => {
    const api = server(() => ({ items: [actorSummary()] }));
    renderApp({ path: '/aktorer?q=park&sector=BUSINESS&county=24&municipality=2480&technologyArea=ai', fetch: api.fetch });

    const card = (await screen.findByRole('link', { name: 'Umeå Science Park' })).closest('article')!;
    expect(card).toHaveTextContent('Science park eller inkubator · Näringsliv · Umeå kommun');
    expect(within(card).getByRole('list', { name: 'Teknikområden' })).toHaveTextContent('Artificiell intelligens');
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/aktorer/umea-science-park');

    const params = listRequests(api.requests)[0]!;
    expect(Object.fromEntries(params)).toEqual({
      q: 'park',
      sector: 'BUSINESS',
      county: '24',
      municipality: '2480',
      technologyArea: 'ai',
      limit: '20',
    });
    // The form shows the same filters.
    expect(screen.getByLabelText('Sök på namn eller beskrivning')).toHaveValue('park');
    expect(screen.getByLabelText('Sektor')).toHaveValue('BUSINESS');
    await waitFor(() => expect(screen.getByLabelText('Kommun')).toHaveValue('2480'));
    expect(document.title).toBe('Aktörer – Digital Impact North');
  });

  it('shows each card with its logo, or the initials when it has none', async () => {
    const api = server(() => ({
      items: [
        actorSummary({ logoUrl: 'https://cdn.example.se/usp.png' }),
        actorSummary({ id: 'b2', slug: 'umea-universitet', name: 'Umeå universitet', logoUrl: undefined }),
      ],
    }));
    renderApp({ path: '/aktorer', fetch: api.fetch });

    const withLogo = (await screen.findByRole('link', { name: 'Umeå Science Park' })).closest('article')!;
    const logo = within(withLogo).getByRole('img', { name: 'Logotyp för Umeå Science Park' });
    expect(logo).toHaveAttribute('src', 'https://cdn.example.se/usp.png');
    expect(logo).toHaveAttribute('loading', 'lazy');
    const without = screen.getByRole('link', { name: 'Umeå universitet' }).closest('article')!;
    expect(within(without).queryByRole('img')).not.toBeInTheDocument();
    expect(within(without).getByTestId('actor-initials')).toHaveTextContent('UU');
  });

  it('puts a chosen filter in the URL and drops a municipality outside a new county', async () => {
    const user = userEvent.setup();
    const api = server(() => ({ items: [actorSummary()] }));
    const { router } = renderApp({ path: '/aktorer?municipality=2480', fetch: api.fetch });
    await screen.findByRole('link', { name: 'Umeå Science Park' });
    await waitFor(() => expect(screen.getByLabelText('Län')).toBeEnabled());

    await user.selectOptions(screen.getByLabelText('Län'), 'Norrbottens län');

    expect(router.state.location.search).toBe('?county=25');
    expect(screen.getByLabelText('Kommun')).toHaveValue('');
    const options = within(screen.getByLabelText('Kommun')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Alla', 'Luleå kommun']);
    await waitFor(() => expect(listRequests(api.requests).at(-1)?.get('county')).toBe('25'));
  });

  it('searches once typing pauses, without a history entry per pause', async () => {
    const user = userEvent.setup();
    const api = server(() => ({ items: [] }));
    const { router } = renderApp({ path: '/aktorer', fetch: api.fetch });
    await screen.findByText('Det finns inga aktörer i katalogen än.');

    await user.type(screen.getByLabelText('Sök på namn eller beskrivning'), 'rise');

    await waitFor(() => expect(router.state.location.search).toBe('?q=rise'));
    expect(router.state.historyAction).toBe('REPLACE');
    await waitFor(() => expect(listRequests(api.requests).at(-1)?.get('q')).toBe('rise'));
    // One request for the empty directory, one for the finished word: not one per letter.
    expect(listRequests(api.requests)).toHaveLength(2);
    expect(await screen.findByText('Inga aktörer matchar sökningen.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rensa sökningen' })).toHaveAttribute('href', '/aktorer');
  });

  it('follows the cursor with "Visa fler" and appends the next page', async () => {
    const user = userEvent.setup();
    const api = server((params) =>
      params.get('cursor') === 'page-2'
        ? { items: [actorSummary({ id: 'a-2', slug: 'rise', name: 'RISE' })] }
        : { items: [actorSummary()], nextCursor: 'page-2' },
    );
    renderApp({ path: '/aktorer?kind=SCIENCE_PARK', fetch: api.fetch });
    await screen.findByRole('link', { name: 'Umeå Science Park' });

    await user.click(screen.getByRole('button', { name: 'Visa fler' }));

    expect(await screen.findByRole('link', { name: 'RISE' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Umeå Science Park' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
    const second = listRequests(api.requests).find((params) => params.has('cursor'))!;
    expect(second.get('cursor')).toBe('page-2');
    expect(second.get('kind')).toBe('SCIENCE_PARK');
    expect(screen.getByText('Visar 2 aktörer.')).toBeInTheDocument();
  });
});
