import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/router';
import { createApiClient } from '../lib/api/api-client';
import type { AuthStatus } from '../lib/auth/auth-client';
import { TEST_API_URL } from './api-mock';
import { createFakeAuthClient } from './fake-auth-client';

/**
 * The /config.json the tests run with: the API mocks (api-mock.ts) answer for http://api.test; map tiles
 * point at a closed port on this machine, so no test request leaves it.
 */
export const TEST_CONFIG = {
  apiUrl: TEST_API_URL,
  keycloakUrl: 'http://keycloak.test',
  realm: 'din',
  clientId: 'din-spa',
  mapTileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
  mapAttribution: '&copy; OpenStreetMap contributors',
};

/** Renders the real routes and providers with a fake fetch and a fake session. */
export function renderApp(options: { path?: string; fetch: typeof fetch; auth?: AuthStatus }) {
  const router = createMemoryRouter(routes, { initialEntries: [options.path ?? '/'] });
  const { authClient, ...result } = renderWithProviders(<RouterProvider router={router} />, options);
  return { ...result, authClient, router };
}

/**
 * Renders one piece of UI inside the app's real providers (config, i18n, session, API client,
 * queries), for tests of shared components that need them but not the routes.
 */
export function renderWithProviders(ui: ReactNode, options: { fetch: typeof fetch; auth?: AuthStatus }) {
  const authClient = createFakeAuthClient(options.auth ?? 'anonymous');
  const apiClient = createApiClient({
    baseUrl: TEST_CONFIG.apiUrl,
    tokens: authClient.tokens,
    fetch: options.fetch,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(<AppProviders services={{ config: TEST_CONFIG, apiClient, authClient, queryClient }}>{ui}</AppProviders>);
  return { ...result, authClient };
}
