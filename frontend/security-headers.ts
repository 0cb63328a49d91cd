import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';

/**
 * The built SPA's security headers, the same under `vite preview` (what the end-to-end tests
 * drive) as in the nginx image: both fill in docker/content-security-policy.txt with the origins
 * of the API, Keycloak and the map tiles that /config.json hands to the browser.
 */

/** The template, relative to the frontend folder (Vite's root). */
export const CSP_TEMPLATE = 'docker/content-security-policy.txt';

/** scheme://host[:port] of an absolute http(s) URL; anything else would make a broken or widened policy. */
export function originOf(name: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${name}="${url}" is not an absolute http(s) URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`${name}="${url}" is not an absolute http(s) URL`);
  }
  return parsed.origin;
}

/**
 * The origin a Leaflet tile URL template loads its images from, as a CSP source: placeholders in
 * the path are fine; `{s}` (the tile server's subdomains) may only be the host's first label and
 * becomes `*.`. Anything else would make a broken or widened policy.
 */
export function tileOriginOf(url: string): string {
  // Only name or address characters in the host: a `;` or a space there would end the directive.
  const match = /^(https?:\/\/)(\{s\}\.)?([A-Za-z0-9.-]+(?::\d{1,5})?)(?:[/?#].*)?$/.exec(url);
  if (!match) {
    throw new Error(`DIN_MAP_TILE_URL="${url}" is not an absolute http(s) tile URL (like https://tile.openstreetmap.org/{z}/{x}/{y}.png)`);
  }
  const [, scheme, subdomains, host] = match;
  const origin = originOf('DIN_MAP_TILE_URL', `${scheme}${host}/`);
  return subdomains ? origin.replace('://', '://*.') : origin;
}

/** The policy, one line, from the template and the origins the SPA talks to. */
export function contentSecurityPolicy(template: string, apiUrl: string, keycloakUrl: string, mapTileUrl: string): string {
  const api = originOf('DIN_API_URL', apiUrl);
  const keycloak = originOf('DIN_KEYCLOAK_URL', keycloakUrl);
  const tiles = tileOriginOf(mapTileUrl);
  return template
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
    .replaceAll('{API_ORIGIN}', api)
    .replaceAll('{KEYCLOAK_ORIGIN}', keycloak)
    .replaceAll('{TILE_ORIGIN}', tiles);
}

/** Headers for one path: the SPA's pages get the policy; the widget under /embed/ is for any site. */
export function securityHeadersFor(path: string, csp: string): Record<string, string> {
  if (path.startsWith('/embed/')) {
    return { 'X-Content-Type-Options': 'nosniff', 'Access-Control-Allow-Origin': '*' };
  }
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Content-Security-Policy': csp,
  };
}

/**
 * Sends the headers from `vite preview` (the built SPA), not from the dev server: Vite's dev
 * server runs inline scripts (React refresh) that this policy rightly refuses.
 */
export function securityHeadersPlugin(urls: () => { apiUrl: string; keycloakUrl: string; mapTileUrl: string }): Plugin {
  // Read when the preview server starts, not when the config loads: the image's build stage has
  // no docker/ folder, and needs none to build.
  let template = '';
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const { apiUrl, keycloakUrl, mapTileUrl } = urls();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const csp = contentSecurityPolicy(template, apiUrl, keycloakUrl, mapTileUrl);
    for (const [name, value] of Object.entries(securityHeadersFor(path, csp))) {
      res.setHeader(name, value);
    }
    next();
  };
  return {
    name: 'din-security-headers',
    configurePreviewServer(server) {
      template = readFileSync(join(server.config.root, CSP_TEMPLATE), 'utf8');
      server.middlewares.use(middleware);
    },
  };
}
