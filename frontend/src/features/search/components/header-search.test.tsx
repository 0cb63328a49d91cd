import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { searchRequests, server, serverDownThenUp } from '../test-fixtures';

describe('searching from the header', () => {
  it('suggests actors, resources and collaborations after a pause in typing, with the matches marked', async () => {
    const user = userEvent.setup();
    const api = server();
    renderApp({ fetch: api.fetch });
    const banner = screen.getByRole('banner');
    const field = within(banner).getByLabelText('Sök aktörer, resurser och samverkan');

    await user.type(field, 't');
    expect(screen.getByText('Skriv minst två tecken.')).toBeInTheDocument();
    await user.type(field, 'estbäddar');

    const resource = await within(banner).findByRole('link', { name: 'Testbädd för drönare' });
    expect(resource).toHaveAttribute('href', '/resurser/testbadd-for-dronare');
    expect(within(banner).getByRole('link', { name: 'Norrsken Lab' })).toHaveAttribute('href', '/aktorer/norrsken-lab');
    const item = resource.closest('li')!;
    expect(item).toHaveTextContent('Testbädd');
    expect(item.querySelector('mark')).toHaveTextContent('testbädd');
    // Escaped text stays text: no element comes of it.
    expect(item.querySelector('script')).toBeNull();
    expect(item).toHaveTextContent('<script>alert(1)</script>');
    expect(within(banner).getByText('Aktör · Företag')).toBeInTheDocument();
    // A collaboration links to its page, its kind named as the collaboration pages name it.
    const collaboration = within(banner).getByRole('link', { name: 'Testbäddar i norr' });
    expect(collaboration).toHaveAttribute('href', '/samverkan/testbaddar-i-norr');
    expect(collaboration.closest('li')).toHaveTextContent('Samverkan · Projekt');
    expect(screen.getByText('3 träffar.')).toBeInTheDocument();
    // One request for the whole word, none for the single letter.
    expect(searchRequests(api.requests).map((url) => url.searchParams.get('q'))).toEqual(['testbäddar']);
  });

  it('moves into the suggestions with the arrow key and closes them with Escape', async () => {
    const user = userEvent.setup();
    renderApp({ fetch: server().fetch });
    const banner = screen.getByRole('banner');
    const field = within(banner).getByLabelText('Sök aktörer, resurser och samverkan');

    await user.type(field, 'testbäddar');
    const first = await within(banner).findByRole('link', { name: 'Testbädd för drönare' });
    await user.keyboard('{ArrowDown}');
    expect(first).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(field).toHaveFocus();
    expect(within(banner).queryByRole('link', { name: 'Testbädd för drönare' })).not.toBeInTheDocument();
  });

  it('opens the search page with Enter, where the words are in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp({ fetch: server().fetch });

    await user.type(within(screen.getByRole('banner')).getByLabelText('Sök aktörer, resurser och samverkan'), 'testbäddar{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sök' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=testb%C3%A4ddar');
    const main = screen.getByRole('main');
    expect(await within(main).findByRole('link', { name: 'Testbädd för drönare' })).toBeInTheDocument();
    expect(within(main).getByLabelText('Sök efter')).toHaveValue('testbäddar');
  });

  it('says calmly that search is unavailable when the API answers 503, and tries again on request', async () => {
    const user = userEvent.setup();
    const api = serverDownThenUp();
    renderApp({ fetch: api.fetch });
    const banner = screen.getByRole('banner');

    await user.type(within(banner).getByLabelText('Sök aktörer, resurser och samverkan'), 'testbäddar');

    const message = 'Sökningen är tillfälligt otillgänglig. Resten av webbplatsen fungerar som vanligt; försök igen om en stund.';
    // Announced once, by the field's status line; shown in the suggestions with a button.
    await waitFor(() => expect(within(banner).getByRole('status')).toHaveTextContent(message));
    expect(within(banner).getAllByText(message)).toHaveLength(2);
    expect(within(banner).getAllByRole('status')).toHaveLength(1);
    expect(within(banner).queryByText('Något gick fel')).not.toBeInTheDocument();
    expect(searchRequests(api.requests)).toHaveLength(1);

    api.recover();
    await user.click(within(banner).getByRole('button', { name: 'Försök igen' }));

    expect(await within(banner).findByRole('link', { name: 'Testbädd för drönare' })).toBeInTheDocument();
    expect(within(banner).queryByText(message)).not.toBeInTheDocument();
    expect(searchRequests(api.requests)).toHaveLength(2);
  });
});
