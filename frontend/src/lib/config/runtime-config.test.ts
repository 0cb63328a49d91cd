import { describe, expect, it, vi } from 'vitest';
import {
  ConfigError,
  DEFAULT_MAP_ATTRIBUTION,
  DEFAULT_MAP_TILE_URL,
  loadRuntimeConfig,
  parseRuntimeConfig,
} from './runtime-config';

describe('runtime config', () => {
  it('loads /config.json without caching and trims trailing slashes', async () => {
    const fetchFn = vi.fn(() =>
      Promise.resolve(
        Response.json({
          apiUrl: 'http://localhost:8080/',
          keycloakUrl: 'http://localhost:8180',
          realm: 'din',
          clientId: 'din-spa',
        }),
      ),
    );

    await expect(loadRuntimeConfig(fetchFn as unknown as typeof fetch)).resolves.toEqual({
      apiUrl: 'http://localhost:8080',
      keycloakUrl: 'http://localhost:8180',
      realm: 'din',
      clientId: 'din-spa',
      mapTileUrl: DEFAULT_MAP_TILE_URL,
      mapAttribution: DEFAULT_MAP_ATTRIBUTION,
    });
    expect(fetchFn).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('takes the map tiles and their attribution from /config.json when it names them', () => {
    const config = parseRuntimeConfig({
      apiUrl: 'http://x',
      keycloakUrl: 'http://k',
      realm: 'din',
      clientId: 'din-spa',
      mapTileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png',
      mapAttribution: '© Example',
    });
    expect(config.mapTileUrl).toBe('https://tiles.example.org/{z}/{x}/{y}.png');
    expect(config.mapAttribution).toBe('© Example');
    expect(DEFAULT_MAP_TILE_URL).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(DEFAULT_MAP_ATTRIBUTION).toContain('https://www.openstreetmap.org/copyright');
  });

  it('names the fields that are missing', () => {
    expect(() => parseRuntimeConfig({ apiUrl: 'http://x', realm: '' })).toThrow(
      new ConfigError('/config.json lacks keycloakUrl, realm, clientId'),
    );
  });

  it('fails clearly when /config.json is not served', async () => {
    const fetchFn = vi.fn(() => Promise.resolve(new Response('<html>', { status: 404 })));
    await expect(loadRuntimeConfig(fetchFn as unknown as typeof fetch)).rejects.toThrow(
      '/config.json answered 404',
    );
  });
});
