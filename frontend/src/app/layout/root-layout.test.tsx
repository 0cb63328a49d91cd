import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, mockApi } from '../../test/api-mock';
import { homePageMocks } from '../../test/home-page-mocks';
import { me } from '../../test/actor-fixtures';
import { signedInMocks } from '../../test/session-mocks';
import { SDGS } from '../../test/vocabulary-fixtures';
import { renderApp } from '../../test/render-app';

function server() {
  return mockApi(
    http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS)),
    ...signedInMocks(me({ subject: 's', name: 'Anna Lindqvist', roles: ['member'] })),
    ...homePageMocks(),
  );
}

describe('the page frame', () => {
  it('has landmarks, a skip link to main and one h1', async () => {
    renderApp({ fetch: server().fetch });

    expect(screen.getByRole('banner')).toHaveTextContent('Digital Impact North');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Umeå universitet');
    const main = screen.getByRole('main');
    const skip = screen.getByRole('link', { name: 'Hoppa till innehåll' });
    expect(skip).toHaveAttribute('href', `#${main.id}`);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await screen.findByText('Ingen fattigdom');
  });

  it('offers login without a session and passes the chosen language to Keycloak', async () => {
    const user = userEvent.setup();
    const { authClient } = renderApp({ fetch: server().fetch });
    const banner = screen.getByRole('banner');

    await user.selectOptions(within(banner).getByLabelText('Språk'), 'en');
    await user.click(within(banner).getByRole('button', { name: 'Log in' }));

    expect(authClient.login).toHaveBeenCalledWith({ locale: 'en' });
    expect(within(banner).queryByRole('button', { name: 'Log out' })).not.toBeInTheDocument();
  });

  it('offers logout with a session and logs out on click', async () => {
    const user = userEvent.setup();
    const { authClient } = renderApp({ fetch: server().fetch, auth: 'authenticated' });
    const banner = screen.getByRole('banner');

    await user.click(within(banner).getByRole('button', { name: 'Logga ut' }));

    expect(authClient.logout).toHaveBeenCalledOnce();
  });

  it('moves between pages with the navigation and marks the current one', async () => {
    const user = userEvent.setup();
    renderApp({ fetch: server().fetch, auth: 'authenticated' });
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });

    await user.click(within(nav).getByRole('link', { name: 'Min profil' }));

    expect(await screen.findByText('Anna Lindqvist')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Min profil' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current');
  });

  it('offers "Resurser" and "Flöden" to all, "Mina organisationer" with a session and "Moderering" to moderators only', async () => {
    const nav = () => screen.getByRole('navigation', { name: 'Huvudmeny' });
    const names = () => within(nav()).getAllByRole('link').map((link) => link.textContent);

    const anonymous = renderApp({ fetch: server().fetch });
    expect(names()).toEqual(['Start', 'Aktörer', 'Resurser', 'Samverkan', 'Insikter', 'Flöden', 'Min profil']);
    anonymous.unmount();

    const member = renderApp({ fetch: server().fetch, auth: 'authenticated' });
    await screen.findByText('Ingen fattigdom');
    expect(names()).toEqual(['Start', 'Aktörer', 'Resurser', 'Samverkan', 'Insikter', 'Flöden', 'Mina organisationer', 'Min profil']);
    member.unmount();

    const moderatorServer = mockApi(
      http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS)),
      ...signedInMocks(me({ subject: 's', name: 'Moa Nilsson', roles: ['member', 'moderator'] })),
      ...homePageMocks(),
    );
    renderApp({ fetch: moderatorServer.fetch, auth: 'authenticated' });
    expect(await within(nav()).findByRole('link', { name: 'Moderering' })).toHaveAttribute('href', '/moderering');
    expect(names()).toEqual(['Start', 'Aktörer', 'Resurser', 'Samverkan', 'Insikter', 'Flöden', 'Mina organisationer', 'Moderering', 'Min profil']);
  });

  it('answers unknown paths with a page that leads home', () => {
    renderApp({ path: '/finns-inte', fetch: server().fetch });

    expect(screen.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/');
  });

  it('folds the navigation behind a menu button that says whether it is open, closes on Escape and on a followed link', async () => {
    const user = userEvent.setup();
    renderApp({ fetch: server().fetch, auth: 'authenticated' });
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    const button = within(nav).getByRole('button', { name: 'Meny' });
    const list = within(nav).getByRole('list');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', list.id);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveClass('site-nav--open');

    await user.click(within(nav).getByRole('link', { name: 'Min profil' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Min profil' })).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    within(nav).getByRole('link', { name: 'Resurser' }).focus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});
