import { expect, test, type Page } from '@playwright/test';
import { exactly, expectNoA11yViolations, pageFor, registerOrganisation, uniqueName } from './support';

/**
 * ./din test points the map tiles at a closed port on 127.0.0.1 (DIN_MAP_TILE_URL): the maps
 * cannot load a single tile, which is what this journey is about, and no request leaves the machine.
 */
const TILE_URL = process.env.DIN_MAP_TILE_URL || 'http://127.0.0.1:9/{z}/{x}/{y}.png';

/** Every host the page asked for anything, and every Content-Security-Policy violation it met. */
function watch(page: Page) {
  const hosts = new Set<string>();
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') hosts.add(url.hostname);
  });
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) violations.push(message.text());
  });
  return { hosts, violations };
}

test.beforeAll(() => {
  // The journey means nothing against real tiles, and must never fetch them.
  expect(new URL(TILE_URL.replace(/\{[a-z]\}/g, '0')).hostname, 'DIN_MAP_TILE_URL in tests').toBe('127.0.0.1');
});

test('an owner picks the organisation’s place on the map; its page shows it with a marker and a list while no tile loads', async ({ browser }) => {
  const name = uniqueName('Kartbolaget');
  const page = await pageFor(browser, 'anna');
  const seen = watch(page);
  const path = await registerOrganisation(page, name);

  await page.getByRole('link', { name: 'Redigera uppgifterna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: exactly(`Redigera ${name}`) })).toBeVisible();
  const picker = page.getByRole('region', { name: 'Välj plats på kartan' });
  await picker.scrollIntoViewIfNeeded();
  await expect(picker.locator('.leaflet-container')).toBeVisible();
  // No tile can load: the picker says so calmly, and picking still works.
  await expect(page.getByText('Kartbilderna kunde inte laddas just nu.').first()).toBeVisible();
  await expect(page.getByText('Ingen plats vald.')).toBeVisible();
  await expect(picker.locator('img.leaflet-tile').first()).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:9\//);

  // A click in the middle of the map (it opens over Västerbotten) picks that point.
  const box = (await picker.locator('.leaflet-container').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByText(/^Vald plats: \d+\.\d{5}, \d+\.\d{5}/)).toBeVisible();
  const latitude = Number(await page.getByLabel('Latitud', { exact: true }).inputValue());
  const longitude = Number(await page.getByLabel('Longitud', { exact: true }).inputValue());
  expect(latitude).toBeGreaterThanOrEqual(55.0);
  expect(latitude).toBeLessThanOrEqual(69.1);
  expect(longitude).toBeGreaterThanOrEqual(10.9);
  expect(longitude).toBeLessThanOrEqual(24.2);
  await expect(picker.locator('.leaflet-marker-icon')).toHaveCount(1);
  await expectNoA11yViolations(page);

  // Typing still works, for keyboard users: the marker follows the typed place.
  await page.getByLabel('Latitud', { exact: true }).fill('63,8203');
  await page.getByLabel('Longitud', { exact: true }).fill('20.3063');
  await expect(page.getByText('Vald plats: 63.82030, 20.30630')).toBeVisible();

  await page.getByRole('button', { name: 'Spara ändringarna' }).click();
  // Saved: back on the organisation's page (the edit page's heading holds the name too).
  await expect(page).toHaveURL((url) => url.pathname === path);
  await expect(page.getByRole('heading', { level: 1, name: exactly(name) })).toBeVisible();

  // The page: a named map with the organisation's marker, the same place in a list, a calm notice.
  const where = page.getByRole('region', { name: 'Plats', exact: true });
  await where.scrollIntoViewIfNeeded();
  const map = where.getByRole('region', { name: `Karta: var ${name} finns` });
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(1);
  await expect(map.getByRole('button', { name: exactly(name) })).toBeVisible();
  await expect(where.getByRole('list', { name: 'Platserna på kartan' }).getByRole('link', { name: exactly(name) })).toHaveAttribute('href', path);
  await expect(where.getByRole('status')).toHaveText('Kartbilderna kunde inte laddas just nu. Platserna finns i listan.');
  // The marker's popup links to the page too.
  await map.getByRole('button', { name: exactly(name) }).click();
  await expect(map.locator('.leaflet-popup').getByRole('link', { name: exactly(name) })).toBeVisible();
  // Leaflet fades a popup in: mid-fade its link is paler than it will be, and axe would judge that.
  await expect(map.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
  await expectNoA11yViolations(page);

  // Saved: a fresh load shows the same place, from the API.
  await page.reload();
  await page.getByRole('link', { name: 'Redigera uppgifterna' }).click();
  await expect(page.getByLabel('Latitud', { exact: true })).toHaveValue('63.8203');
  await expect(page.getByLabel('Longitud', { exact: true })).toHaveValue('20.3063');

  // Nothing outside this machine was asked (the tiles' host is 127.0.0.1), and the policy allowed the maps.
  expect([...seen.hosts].filter((host) => host !== 'localhost' && host !== '127.0.0.1')).toEqual([]);
  expect(seen.violations).toEqual([]);
  await page.context().close();
});
