import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { COLLABORATION_HIT, RESULT, searchRequests, server, serverDownThenUp } from '../test-fixtures';
import { HttpResponse } from 'msw';
import { http, mockApi, problemBody, problemInit } from '../../../test/api-mock';
import { SDGS, vocabularyHandlers } from '../../../test/vocabulary-fixtures';

describe('the search page', () => {
  it('searches what the URL says and shows every hit with its snippet', async () => {
    const api = server();
    renderApp({ path: '/sok?q=testb%C3%A4ddar', fetch: api.fetch });

    const main = screen.getByRole('main');
    const link = await within(main).findByRole('link', { name: 'Testbädd för drönare' });
    expect(link.closest('li')!.querySelector('mark')).toHaveTextContent('testbädd');
    expect(within(main).getByText('3 träffar.')).toBeInTheDocument();
    expect(searchRequests(api.requests)[0]!.searchParams.get('limit')).toBe('50');
    expect(document.title).toBe('Sök: testbäddar – Digital Impact North');
  });

  it('follows the typing after a pause, replacing the address rather than adding to history', async () => {
    const user = userEvent.setup();
    const api = server();
    const { router } = renderApp({ path: '/sok', fetch: api.fetch });

    await user.type(within(screen.getByRole('main')).getByLabelText('Sök efter'), 'drönare');

    await waitFor(() => expect(router.state.location.search).toBe('?q=dr%C3%B6nare'));
    expect(router.state.historyAction).toBe('REPLACE');
    await waitFor(() => expect(searchRequests(api.requests).at(-1)?.searchParams.get('q')).toBe('drönare'));
  });

  it('opens a collaboration hit’s page, and leaves out a kind of hit it has no page for', async () => {
    const user = userEvent.setup();
    const unknown = { ...COLLABORATION_HIT, type: 'EXHIBITION', id: 'x-1', title: { sv: 'Okänd sorts träff' } };
    // A kind of hit the contract does not have (yet): sent untyped on purpose.
    const api = mockApi(
      http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS)),
      // The collaboration page the hit opens: not what this test looks at.
      http.get('/api/v1/collaborations/{id}', ({ response }) =>
        response('default').json(problemBody(404), problemInit(404)),
      ),
      ...vocabularyHandlers({ municipalities: [], technologyAreas: [], knowledgeAreas: [] }),
      http.get('/api/v1/search', ({ response }) => response.untyped(HttpResponse.json({ items: [...RESULT.items, unknown] }))),
    );
    const { router } = renderApp({ path: '/sok?q=testb%C3%A4ddar', fetch: api.fetch });

    const main = screen.getByRole('main');
    const link = await within(main).findByRole('link', { name: 'Testbäddar i norr' });
    const hit = link.closest('li')!;
    expect(hit).toHaveTextContent('Samverkan · Projekt');
    expect(hit.querySelector('mark')).toHaveTextContent('testbäddar');
    expect(within(main).queryByText('Okänd sorts träff')).not.toBeInTheDocument();
    expect(within(main).getAllByRole('listitem')).toHaveLength(3);

    await user.click(link);
    expect(router.state.location.pathname).toBe('/samverkan/testbaddar-i-norr');
  });

  it('says calmly that search is unavailable when the API answers 503, and shows the hits after a retry', async () => {
    const user = userEvent.setup();
    const api = serverDownThenUp();
    renderApp({ path: '/sok?q=testb%C3%A4ddar', fetch: api.fetch });

    const main = screen.getByRole('main');
    const message = await within(main).findByText(/^Sökningen är tillfälligt otillgänglig\./);
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(within(main).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(main).queryByText('Något gick fel')).not.toBeInTheDocument();

    api.recover();
    await user.click(within(main).getByRole('button', { name: 'Försök igen' }));

    expect(await within(main).findByRole('link', { name: 'Testbädd för drönare' })).toBeInTheDocument();
    expect(within(main).queryByText(/tillfälligt otillgänglig/)).not.toBeInTheDocument();
    expect(searchRequests(api.requests)).toHaveLength(2);
  });
});
