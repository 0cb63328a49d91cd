import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, mockApi, problemBody, PROBLEM_JSON } from '../../../test/api-mock';
import { NO_INVITATIONS } from '../../../test/session-mocks';
import { renderApp } from '../../../test/render-app';

const ANNA = {
  subject: '5d1f6a53-0000-4000-8000-000000000001',
  name: 'Anna Lindqvist',
  email: 'anna@example.org',
  roles: ['member', 'moderator'],
  memberships: [],
  joinRequests: [],
};

/** The profile's API: GET /me answered by `me`, and the navigation's invitation count. */
function server(me: Parameters<typeof http.get<'/api/v1/me'>>[1] = ({ response }) => response(200).json(ANNA)) {
  return mockApi(
    http.get('/api/v1/me', me),
    http.get('/api/v1/me/invitations', ({ response }) => response(200).json(NO_INVITATIONS)),
  );
}

describe('the profile page', () => {
  it('shows name, email, subject and roles from GET /api/v1/me', async () => {
    const api = server();
    renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

    expect(screen.getByRole('heading', { level: 1, name: 'Min profil' })).toBeInTheDocument();
    expect(await screen.findByText('Anna Lindqvist')).toBeInTheDocument();
    expect(screen.getByText('anna@example.org')).toBeInTheDocument();
    expect(screen.getByText(ANNA.subject)).toBeInTheDocument();
    const roles = screen.getAllByRole('listitem').filter((li) => li.classList.contains('role-list__item'));
    expect(roles.map((li) => li.textContent)).toEqual(['member', 'moderator']);
    expect(api.requests[0]?.headers.get('Authorization')).toBe('Bearer test-token');
    expect(document.title).toBe('Min profil – Digital Impact North');
  });

  it('offers login instead of calling the API without a session', async () => {
    const user = userEvent.setup();
    const api = server();
    const { authClient } = renderApp({ path: '/profile', fetch: api.fetch, auth: 'anonymous' });

    expect(screen.getByText('Logga in för att se din profil.')).toBeInTheDocument();
    const main = screen.getByRole('main');
    await user.click(within(main).getByRole('button', { name: 'Logga in' }));

    expect(authClient.login).toHaveBeenCalledWith({ locale: 'sv' });
    expect(api.requests).toHaveLength(0);
  });

  it('waits for the session check, then loads the profile once logged in', async () => {
    const api = server();
    const { authClient } = renderApp({ path: '/profile', fetch: api.fetch, auth: 'loading' });

    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(
      'Kontrollerar inloggning',
    );
    expect(api.requests).toHaveLength(0);

    authClient.setStatus('authenticated');

    expect(await screen.findByText('Anna Lindqvist')).toBeInTheDocument();
  });

  it('shows the detail of a 401 problem and offers to log in again', async () => {
    const api = server(({ response }) => response(401).json(problemBody(401, { detail: 'The token has expired' }), PROBLEM_JSON));
    renderApp({ path: '/profile', fetch: api.fetch, auth: 'authenticated' });

    expect(await screen.findByRole('alert')).toHaveTextContent('The token has expired');
    expect(within(screen.getByRole('main')).getByRole('button', { name: 'Logga in' })).toBeInTheDocument();
  });
});
