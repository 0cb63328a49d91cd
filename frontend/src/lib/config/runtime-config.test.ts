import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadRuntimeConfig, parseRuntimeConfig } from './runtime-config';

describe('runtime config', () => {
  it('loads /config.json without caching and trims trailing slashes', async () => {
    const fetchFn = vi.fn(async () =>
      Response.json({
        apiUrl: 'http://localhost:8080/',
        keycloakUrl: 'http://localhost:8180',
        realm: 'din',
        clientId: 'din-spa',
      }),
    );

    await expect(loadRuntimeConfig(fetchFn as unknown as typeof fetch)).resolves.toEqual({
      apiUrl: 'http://localhost:8080',
      keycloakUrl: 'http://localhost:8180',
      realm: 'din',
      clientId: 'din-spa',
    });
    expect(fetchFn).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('names the fields that are missing', () => {
    expect(() => parseRuntimeConfig({ apiUrl: 'http://x', realm: '' })).toThrow(
      new ConfigError('/config.json lacks keycloakUrl, realm, clientId'),
    );
  });

  it('fails clearly when /config.json is not served', async () => {
    const fetchFn = vi.fn(async () => new Response('<html>', { status: 404 }));
    await expect(loadRuntimeConfig(fetchFn as unknown as typeof fetch)).rejects.toThrow(
      '/config.json answered 404',
    );
  });
});
