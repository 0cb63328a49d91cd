import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/router';
import { createApiClient } from '../lib/api/api-client';
import type { AuthStatus } from '../lib/auth/auth-client';
import { createFakeAuthClient } from './fake-auth-client';

/** Renders the real routes and providers with a fake fetch and a fake session. */
export function renderApp(options: { path?: string; fetch: typeof fetch; auth?: AuthStatus }) {
  const authClient = createFakeAuthClient(options.auth ?? 'anonymous');
  const apiClient = createApiClient({
    baseUrl: 'http://api.test',
    tokens: authClient.tokens,
    fetch: options.fetch,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [options.path ?? '/'] });
  const result = render(
    <AppProviders services={{ apiClient, authClient, queryClient }}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, authClient, router };
}
