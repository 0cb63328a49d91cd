import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiClient } from '../lib/api/api-client';
import { ApiClientProvider } from '../lib/api/api-client-context';
import type { AuthClient } from '../lib/auth/auth-client';
import { AuthProvider } from '../lib/auth/auth-context';
import { RuntimeConfigProvider } from '../lib/config/config-context';
import type { RuntimeConfig } from '../lib/config/runtime-config';
import { I18nProvider } from '../lib/i18n/i18n-context';

export interface AppServices {
  config: RuntimeConfig;
  apiClient: ApiClient;
  authClient: AuthClient;
  queryClient: QueryClient;
}

/** Everything the pages reach through context; tests pass fakes of the same shape. */
export function AppProviders({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <RuntimeConfigProvider config={services.config}>
      <I18nProvider>
        <AuthProvider client={services.authClient}>
          <ApiClientProvider client={services.apiClient}>
            <QueryClientProvider client={services.queryClient}>{children}</QueryClientProvider>
          </ApiClientProvider>
        </AuthProvider>
      </I18nProvider>
    </RuntimeConfigProvider>
  );
}
