import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeFetch, json, problem } from '../../../test/fake-fetch';
import { renderApp } from '../../../test/render-app';

const ANNA = {
  subject: '5d1f6a53-0000-4000-8000-000000000001',
  name: 'Anna Lindqvist',
  email: 'anna@example.org',
  roles: ['member', 'moderator'],
};

describe('the profile page', () => {
  it('shows name, email, subject and roles from GET /api/v1/me', async () => {
    const server = createFakeFetch({ '/api/v1/me': () => json(ANNA) });
    renderApp({ path: '/profile', fetch: server.fetch, auth: 'authenticated' });

    expect(screen.getByRole('heading', { level: 1, name: 'Min profil' })).toBeInTheDocument();
    expect(await screen.findByText('Anna Lindqvist')).toBeInTheDocument();
    expect(screen.getByText('anna@example.org')).toBeInTheDocument();
    expect(screen.getByText(ANNA.subject)).toBeInTheDocument();
    const roles = screen.getAllByRole('listitem').filter((li) => li.classList.contains('role-list__item'));
    expect(roles.map((li) => li.textContent)).toEqual(['member', 'moderator']);
    expect(server.requests[0]?.headers.get('Authorization')).toBe('Bearer test-token');
    expect(document.title).toBe('Min profil – Digital Impact North');
  });

  it('offers login instead of calling the API without a session', async () => {
    const user = userEvent.setup();
    const server = createFakeFetch({ '/api/v1/me': () => json(ANNA) });
    const { authClient } = renderApp({ path: '/profile', fetch: server.fetch, auth: 'anonymous' });

    expect(screen.getByText('Logga in för att se din profil.')).toBeInTheDocument();
    const main = screen.getByRole('main');
    await user.click(within(main).getByRole('button', { name: 'Logga in' }));

    expect(authClient.login).toHaveBeenCalledWith({ locale: 'sv' });
    expect(server.requests).toHaveLength(0);
  });

  it('waits for the session check, then loads the profile once logged in', async () => {
    const server = createFakeFetch({ '/api/v1/me': () => json(ANNA) });
    const { authClient } = renderApp({ path: '/profile', fetch: server.fetch, auth: 'loading' });

    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(
      'Kontrollerar inloggning',
    );
    expect(server.requests).toHaveLength(0);

    authClient.setStatus('authenticated');

    expect(await screen.findByText('Anna Lindqvist')).toBeInTheDocument();
  });

  it('shows the detail of a 401 problem and offers to log in again', async () => {
    const server = createFakeFetch({
      '/api/v1/me': () => problem(401, { title: 'Unauthorized', detail: 'The token has expired' }),
    });
    renderApp({ path: '/profile', fetch: server.fetch, auth: 'authenticated' });

    expect(await screen.findByRole('alert')).toHaveTextContent('The token has expired');
    expect(within(screen.getByRole('main')).getByRole('button', { name: 'Logga in' })).toBeInTheDocument();
  });
});
