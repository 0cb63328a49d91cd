import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAP_ATTRIBUTION, DEFAULT_MAP_TILE_URL } from './src/lib/config/runtime-config';
import { runtimeConfigFromEnv, runtimeConfigPlugin, spaPortFromEnv } from './vite.config';

describe('runtime config from the environment', () => {
  it('uses the defaults of ./din up when nothing is set', () => {
    expect(runtimeConfigFromEnv({})).toEqual({
      apiUrl: 'http://localhost:8080',
      keycloakUrl: 'http://localhost:8180',
      realm: 'din',
      clientId: 'din-spa',
      mapTileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      mapAttribution: DEFAULT_MAP_ATTRIBUTION,
    });
    expect(spaPortFromEnv({})).toBe(5173);
  });

  it('takes every value from DIN_* variables', () => {
    expect(
      runtimeConfigFromEnv({
        DIN_API_URL: 'http://localhost:18080',
        DIN_KEYCLOAK_URL: 'http://localhost:18180',
        DIN_REALM: 'other',
        DIN_SPA_CLIENT_ID: 'other-spa',
        DIN_MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
        DIN_MAP_ATTRIBUTION: '© Local tiles',
      }),
    ).toEqual({
      apiUrl: 'http://localhost:18080',
      keycloakUrl: 'http://localhost:18180',
      realm: 'other',
      clientId: 'other-spa',
      mapTileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      mapAttribution: '© Local tiles',
    });
    expect(spaPortFromEnv({ DIN_SPA_PORT: '14173' })).toBe(14173);
    expect(() => spaPortFromEnv({ DIN_SPA_PORT: 'abc' })).toThrow(/DIN_SPA_PORT/);
  });
});

describe('the /config.json plugin', () => {
  let server: ViteDevServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers /config.json from the dev server', async () => {
    server = await createServer({
      configFile: false,
      logLevel: 'silent',
      plugins: [runtimeConfigPlugin({ DIN_API_URL: 'http://localhost:18080' })],
      server: { host: '127.0.0.1', port: 0 },
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('no address');

    const response = await fetch(`http://127.0.0.1:${address.port}/config.json?x=1`);

    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      apiUrl: 'http://localhost:18080',
      keycloakUrl: 'http://localhost:8180',
      realm: 'din',
      clientId: 'din-spa',
      mapTileUrl: DEFAULT_MAP_TILE_URL,
      mapAttribution: DEFAULT_MAP_ATTRIBUTION,
    });
  });
});
