import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { searchRequests, server } from '../test-fixtures';

describe('the search page', () => {
  it('searches what the URL says and shows every hit with its snippet', async () => {
    const api = server();
    renderApp({ path: '/sok?q=testb%C3%A4ddar', fetch: api.fetch });

    const main = screen.getByRole('main');
    const link = await within(main).findByRole('link', { name: 'Testbädd för drönare' });
    expect(link.closest('li')!.querySelector('mark')).toHaveTextContent('testbädd');
    expect(within(main).getByText('2 träffar.')).toBeInTheDocument();
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
});
