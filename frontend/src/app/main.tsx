import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../lib/api/api-client';
import { createAuthClient } from '../lib/auth/auth-client';
import { loadRuntimeConfig } from '../lib/config/runtime-config';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { App } from './app';
import { ConfigErrorScreen } from './layout/config-error-screen';
import { createQueryClient } from './query-client';
import './styles.css';

async function bootstrap(container: HTMLElement) {
  const root = createRoot(container);
  let config;
  try {
    config = await loadRuntimeConfig();
  } catch (error) {
    console.error(error);
    root.render(
      <I18nProvider>
        <ConfigErrorScreen />
      </I18nProvider>,
    );
    return;
  }

  // Outside React, so StrictMode's double effects cannot initialise Keycloak twice.
  const authClient = createAuthClient(config);
  void authClient.init();
  const services = {
    config,
    authClient,
    apiClient: createApiClient({ baseUrl: config.apiUrl, tokens: authClient.tokens }),
    queryClient: createQueryClient(),
  };

  root.render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks <div id="root">');
void bootstrap(container);
