import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../../lib/i18n/i18n-context';
import { http, mockApi, problemBody, problemInit } from '../../../test/api-mock';
import { homePageMocks } from '../../../test/home-page-mocks';
import { SDGS } from '../../../test/vocabulary-fixtures';

const sdgs = () => mockApi(http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS)), ...homePageMocks());
import { renderApp } from '../../../test/render-app';

/** The goals' section: the home page around it asks for its other figures, which these tests leave unanswered. */
async function goals(name: RegExp = /globala målen/): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

describe('the SDG list on the home page', () => {
  it('shows the goals in Swedish first, then in English after switching language', async () => {
    const user = userEvent.setup();
    const server = sdgs();
    renderApp({ fetch: server.fetch });

    expect(await screen.findByText('Ingen fattigdom')).toBeInTheDocument();
    expect(screen.getByText('Mål 1')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');

    await user.selectOptions(screen.getByLabelText('Språk'), 'English');

    expect(screen.getByText('No poverty')).toBeInTheDocument();
    expect(screen.getByText('Goal 1')).toBeInTheDocument();
    expect(screen.queryByText('Ingen fattigdom')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Language')).toHaveValue('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    // The vocabulary is not fetched again just because the language changed.
    expect(server.requests.filter((request) => new URL(request.url).pathname === '/api/v1/vocabularies/sdgs')).toHaveLength(1);
  });

  it('shows a name missing in English in Swedish, marked with its language', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const server = sdgs();
    renderApp({ fetch: server.fetch });

    const fallback = await screen.findByText('God hälsa och välbefinnande');
    expect(fallback).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('No poverty')).not.toHaveAttribute('lang');
    expect(document.documentElement.lang).toBe('en');
  });

  it('lists every goal the API returns, in its order', async () => {
    const server = sdgs();
    renderApp({ fetch: server.fetch });

    const section = await goals();
    await within(section).findByText('Ingen fattigdom');
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Mål 1: Ingen fattigdom',
      'Mål 2: Ingen hunger',
      'Mål 3: God hälsa och välbefinnande',
    ]);
  });

  it("shows the problem's detail when the API fails, and retries on request", async () => {
    const user = userEvent.setup();
    let calls = 0;
    const server = mockApi(
      http.get('/api/v1/vocabularies/sdgs', ({ response }) =>
        ++calls === 1
          ? response('default').json(problemBody(503, { title: 'Service Unavailable', detail: 'Databasen startar.' }), problemInit(503))
          : response(200).json(SDGS),
      ),
      ...homePageMocks(),
    );
    renderApp({ fetch: server.fetch });

    const alert = await within(await goals()).findByRole('alert');
    expect(alert).toHaveTextContent('Något gick fel');
    expect(alert).toHaveTextContent('Databasen startar.');

    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));

    expect(await screen.findByText('Ingen fattigdom')).toBeInTheDocument();
    expect(within(await goals()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the service cannot be reached when the request itself fails', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    renderApp({ fetch: failing });

    expect(await within(await goals()).findByRole('alert')).toHaveTextContent('Tjänsten gick inte att nå');
  });
});
