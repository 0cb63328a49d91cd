import { expect, test, type Page } from '@playwright/test';
import { activeOrganisation, exactly, expectNoA11yViolations, logIn, siteNavLink, uniqueName } from './support';

/**
 * Runs in the `phone` project only (360 × 740, touch): the main pages fit the width of a small
 * phone, so nobody has to scroll sideways to read them or to reach the header's controls.
 */
const MAIN_PAGES = [
  { path: '/', heading: 'Digital Impact North' },
  { path: '/aktorer', heading: 'Aktörer' },
  { path: '/resurser', heading: 'Resurser' },
  { path: '/samverkan', heading: 'Samverkan' },
  { path: '/sok?q=data', heading: 'Sök' },
  { path: '/insikter', heading: 'Insikter' },
  { path: '/floden', heading: 'Flöden' },
  { path: '/profile', heading: 'Min profil' },
];

/** How far the document reaches beyond the window to the right, in CSS pixels (0 when it fits). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const { path, heading } of MAIN_PAGES) {
  test(`${path} fits 360 px without scrolling sideways`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${heading}`) })).toBeVisible();
    // The login button shows once the session check is done: the header is then complete.
    await expect(page.getByRole('banner').getByRole('button', { name: 'Logga in' })).toBeVisible();
    expect(page.viewportSize()?.width).toBe(360);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page);
  });
}

test('the folded menu opens, leads to a page whose heading takes focus, and closes with Escape', async ({ page }) => {
  await page.goto('/');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Logga in' })).toBeVisible();
  const toggle = page.getByRole('navigation').getByRole('button', { name: 'Meny' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Aktörer' })).toBeHidden();

  await (await siteNavLink(page, 'Aktörer')).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aktörer' })).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
});

test("an owner's organisations fit 360 px: the members table scrolls inside its box, not the page", async ({ page, playwright }) => {
  const api = await playwright.request.newContext();
  const name = uniqueName('Norrskensdata');
  await activeOrganisation(api, 'anna', name, 'COMPANY', '2480');
  await page.goto('/mina-organisationer');
  await logIn(page, 'anna');
  const organisation = page.getByRole('article', { name: exactly(name) });
  await expect(organisation.getByRole('combobox', { name: /^Roll för Anna/ })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
  await api.dispose();
});
