import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_TEMPLATE, contentSecurityPolicy, originOf, securityHeadersFor } from './security-headers';

// Vitest runs in the frontend folder, Vite's root.
const TEMPLATE = readFileSync(join(process.cwd(), CSP_TEMPLATE), 'utf8');

describe('the built SPA’s Content-Security-Policy', () => {
  const csp = contentSecurityPolicy(TEMPLATE, 'https://api.example.org/', 'https://id.example.org/auth');

  it('lets the SPA reach the API and Keycloak, frame only Keycloak, and run only its own scripts', () => {
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name, v]));
    expect(directives['connect-src']).toEqual(["'self'", 'https://api.example.org', 'https://id.example.org']);
    expect(directives['frame-src']).toEqual(["'self'", 'https://id.example.org']);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/[{}\n]/);
  });

  it('refuses a URL that is not plain http(s), rather than widen or break the policy', () => {
    expect(() => contentSecurityPolicy(TEMPLATE, "javascript:alert(1)", 'http://localhost:8180')).toThrow(/DIN_API_URL/);
    expect(() => originOf('DIN_KEYCLOAK_URL', 'localhost:8180')).toThrow(/DIN_KEYCLOAK_URL/);
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
