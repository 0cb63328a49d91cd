import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, logIn } from './support';

const API = process.env.DIN_API_URL || 'http://localhost:8080';
const KEYCLOAK = process.env.DIN_KEYCLOAK_URL || 'http://localhost:8180';
/** The map tiles' server (./din test: a closed port on 127.0.0.1); its origin is in img-src. */
const TILES = process.env.DIN_MAP_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Collects every Content-Security-Policy violation in the page and its frames (keycloak-js' silent check-sso iframe). */
async function watchPolicy(page: Page) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} in ${document.location.href}`);
    });
  });
  page.on('console', (message) => {
    if (/content.security.policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test.describe('the built SPA under its Content-Security-Policy', () => {
  test('is served with a CSP that names exactly the API and Keycloak, and with nosniff and no framing by others', async ({ request }) => {
    for (const path of ['/', '/floden', '/silent-check-sso.html']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).toContain(`connect-src 'self' ${new URL(API).origin} ${new URL(KEYCLOAK).origin};`);
      expect(csp, path).toContain(`frame-src 'self' ${new URL(KEYCLOAK).origin};`);
      expect(csp, path).toContain(`img-src 'self' data: https: ${new URL(TILES).origin};`);
      expect(csp, path).toContain("script-src 'self';");
      expect(csp, path).toContain("frame-ancestors 'self';");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
    }
  });

  test('keeps the widget files loadable by any site: CORS for every origin, no page policy', async ({ request }) => {
    const response = await request.get('/embed/din-embed.json', { headers: { Origin: 'http://127.0.0.1:9' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect(response.headers()['content-security-policy']).toBeUndefined();
    const { file } = (await response.json()) as { file: string };
    const script = await request.get(file, { headers: { Origin: 'http://127.0.0.1:9' } });
    expect(script.status()).toBe(200);
    expect(script.headers()['access-control-allow-origin']).toBe('*');
  });

  test('log in, then the feed builder previews the live widget, with no violation anywhere', async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto('/');
    await logIn(page, 'anna');
    await page.goto('/floden');
    // The widget comes from the SPA's origin (script-src 'self') and reads the feed from the API (connect-src).
    await expect(page.locator('din-feed [part="list"], din-feed [part="empty"]').first()).toBeVisible();
    await expect(page.locator('din-feed [part="error"]')).toHaveCount(0);
    await expectNoA11yViolations(page);
    expect(violations).toEqual([]);
  });

  test('every page of a logged-in member renders under the policy without a violation (styles and lazy chunks too)', async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto('/');
    await logIn(page, 'anna');
    for (const path of ['/', '/aktorer', '/aktorer/ny', '/mina-organisationer', '/resurser', '/resurser/ny', '/sok?q=data', '/profile', '/floden']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expect(page.getByRole('banner').getByRole('button', { name: 'Logga ut' }), path).toBeVisible();
      // Each of a member's pages, logged in, as axe reads it (the forms' empty state included).
      await expectNoA11yViolations(page);
    }
    expect(violations).toEqual([]);
  });

  test('the API answers the SPA with its own headers: nosniff, no-store for the logged-in person', async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto('/');
    const me = page.waitForResponse((response) => response.url().startsWith(`${new URL(API).origin}/api/v1/me`) && response.request().method() === 'GET');
    await logIn(page, 'anna');
    const response = await me;
    const headers = await response.allHeaders();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe('no-store');
    expect(violations).toEqual([]);
  });
});
