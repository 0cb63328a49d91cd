import react from '@vitejs/plugin-react';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { securityHeadersPlugin } from './security-headers.ts';
import { DEFAULT_MAP_ATTRIBUTION, DEFAULT_MAP_TILE_URL } from './src/lib/config/runtime-config.ts';
import { embedDevPlugin } from './widget/scripts/embed-dev-plugin';

/** The runtime configuration the SPA reads from /config.json (see the README's configuration table). */
export interface RuntimeConfig {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
  mapTileUrl: string;
  mapAttribution: string;
}

type Env = Record<string, string | undefined>;

function envOr(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value ? value : fallback;
}

/** Builds /config.json from the same DIN_* variables that ./din and the nginx image use. */
export function runtimeConfigFromEnv(env: Env): RuntimeConfig {
  return {
    apiUrl: envOr(env, 'DIN_API_URL', 'http://localhost:8080'),
    keycloakUrl: envOr(env, 'DIN_KEYCLOAK_URL', 'http://localhost:8180'),
    realm: envOr(env, 'DIN_REALM', 'din'),
    clientId: envOr(env, 'DIN_SPA_CLIENT_ID', 'din-spa'),
    mapTileUrl: envOr(env, 'DIN_MAP_TILE_URL', DEFAULT_MAP_TILE_URL),
    mapAttribution: envOr(env, 'DIN_MAP_ATTRIBUTION', DEFAULT_MAP_ATTRIBUTION),
  };
}

export function spaPortFromEnv(env: Env): number {
  const raw = envOr(env, 'DIN_SPA_PORT', '5173');
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`DIN_SPA_PORT must be a port number, got "${raw}"`);
  }
  return port;
}

/**
 * Answers GET /config.json in both `vite` (dev) and `vite preview`, so that the built bundle
 * stays free of environment-specific URLs, exactly as in the nginx image.
 */
export function runtimeConfigPlugin(env: Env = process.env): Plugin {
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/config.json') {
      next();
      return;
    }
    // Read at request time: a restarted stack with other ports needs no rebuild.
    const body = JSON.stringify(runtimeConfigFromEnv(env));
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
  return {
    name: 'din-runtime-config',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

const port = spaPortFromEnv(process.env);

export default defineConfig({
  // embedDevPlugin: /embed/ (the widget and its manifest) under `vite` as in the built SPA.
  plugins: [
    react(),
    runtimeConfigPlugin(),
    embedDevPlugin(),
    securityHeadersPlugin(() => runtimeConfigFromEnv(process.env)),
  ],
  server: { host: 'localhost', port, strictPort: true },
  preview: { host: 'localhost', port, strictPort: true },
  build: {
    // React DOM, React Router, TanStack Query and keycloak-js are four fifths of the main chunk
    // (about 150 kB gzipped in all); the editors' resource form is a chunk of its own (router.tsx).
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'vite.config.test.ts', 'security-headers.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
