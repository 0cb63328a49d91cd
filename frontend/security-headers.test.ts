import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_TEMPLATE, contentSecurityPolicy, originOf, securityHeadersFor, tileOriginOf } from './security-headers';

// Vitest runs in the frontend folder, Vite's root.
const TEMPLATE = readFileSync(join(process.cwd(), CSP_TEMPLATE), 'utf8');

describe('the built SPA’s Content-Security-Policy', () => {
  const csp = contentSecurityPolicy(
    TEMPLATE,
    'https://api.example.org/',
    'https://id.example.org/auth',
    'http://127.0.0.1:9/{z}/{x}/{y}.png',
  );

  it('lets the SPA reach the API and Keycloak, frame only Keycloak, and run only its own scripts', () => {
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...v]): [string, string[]] => [name, v]));
    expect(directives['connect-src']).toEqual(["'self'", 'https://api.example.org', 'https://id.example.org']);
    expect(directives['frame-src']).toEqual(["'self'", 'https://id.example.org']);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'https:', 'http://127.0.0.1:9']);
    expect(directives['frame-ancestors']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/[{}\n]/);
  });

  it('refuses a URL that is not plain http(s), rather than widen or break the policy', () => {
    expect(() => contentSecurityPolicy(TEMPLATE, "javascript:alert(1)", 'http://localhost:8180', 'https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toThrow(/DIN_API_URL/);
    expect(() => originOf('DIN_KEYCLOAK_URL', 'localhost:8180')).toThrow(/DIN_KEYCLOAK_URL/);
    expect(() => tileOriginOf('tile.openstreetmap.org/{z}/{x}/{y}.png')).toThrow(/DIN_MAP_TILE_URL/);
    expect(() => tileOriginOf("https://tiles.example.org;script-src 'unsafe-inline'/{z}.png")).toThrow(/DIN_MAP_TILE_URL/);
    expect(() => tileOriginOf('https://tile-{s}.example.org/{z}/{x}/{y}.png')).toThrow(/DIN_MAP_TILE_URL/);
    expect(() => tileOriginOf('https://a;b/{z}/{x}/{y}.png')).toThrow(/DIN_MAP_TILE_URL/);
  });

  it('lets the map load its tiles from the configured tile server only, whatever its placeholders', () => {
    expect(tileOriginOf('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileOriginOf('https://{s}.tile.example.org:8443/{z}/{x}/{y}{r}.png?key=abc')).toBe('https://*.tile.example.org:8443');
    expect(tileOriginOf('http://127.0.0.1:9/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:9');
  });

  it('gives the SPA’s pages the policy and the widget under /embed/ only nosniff and CORS for any origin', () => {
    expect(securityHeadersFor('/floden', csp)['Content-Security-Policy']).toBe(csp);
    expect(securityHeadersFor('/', csp)['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(securityHeadersFor('/embed/din-embed.json', csp)).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': '*',
    });
  });
});
