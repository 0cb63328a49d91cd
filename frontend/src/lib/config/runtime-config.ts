/** Where the SPA finds the API and Keycloak; served as /config.json, never baked into the bundle. */
export interface RuntimeConfig {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** Leaflet tile URL template ({z}/{x}/{y}, optionally {s}); DIN_MAP_TILE_URL. */
  mapTileUrl: string;
  /** The tiles' attribution, shown on every map (HTML, for the licence link); DIN_MAP_ATTRIBUTION. */
  mapAttribution: string;
}

/** OpenStreetMap's standard tiles: fine for light use under its tile usage policy (see the README). */
export const DEFAULT_MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_MAP_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const KEYS = ['apiUrl', 'keycloakUrl', 'realm', 'clientId'] as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Checks the shape of a parsed /config.json and drops trailing slashes from the URLs. */
export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  if (typeof value !== 'object' || value === null) {
    throw new ConfigError('/config.json is not a JSON object');
  }
  const record = value as Record<string, unknown>;
  const missing = KEYS.filter((key) => typeof record[key] !== 'string' || record[key] === '');
  if (missing.length > 0) {
    throw new ConfigError(`/config.json lacks ${missing.join(', ')}`);
  }
  const str = (key: (typeof KEYS)[number]) => record[key] as string;
  return {
    apiUrl: str('apiUrl').replace(/\/+$/, ''),
    keycloakUrl: str('keycloakUrl').replace(/\/+$/, ''),
    realm: str('realm'),
    clientId: str('clientId'),
    // Optional: a config.json written before maps existed still works, with OpenStreetMap's tiles.
    mapTileUrl: optional(record.mapTileUrl) ?? DEFAULT_MAP_TILE_URL,
    mapAttribution: optional(record.mapAttribution) ?? DEFAULT_MAP_ATTRIBUTION,
  };
}

function optional(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export async function loadRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchFn('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new ConfigError(`/config.json answered ${response.status}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ConfigError('/config.json is not valid JSON');
  }
  return parseRuntimeConfig(body);
}
