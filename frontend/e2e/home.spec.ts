import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './support';

/**
 * The front door, as a visitor meets it (in the `built` and the `phone` project): the live figures
 * arrive from the API, the one call to action leads to registering an organisation through the
 * login, and axe finds nothing of moderate impact or worse on the way.
 */

/** One live figure by what it counts: its number once loaded. */
function figureValue(page: Page, label: string) {
  const figures = page.getByRole('region', { name: 'Regionen i siffror' });
  return figures.getByRole('listitem').filter({ has: page.getByRole('link', { name: label, exact: true }) }).locator('.home-figure__value');
}

test('a visitor sees the live figures and is led from the call to action to registration through the login', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Impact North' })).toBeVisible();

  // Every figure shows a number from the API (the journeys before may have added actors or events).
  for (const label of ['aktörer', 'kommande evenemang', 'testbäddar', 'samverkan som korsar gränser']) {
    await expect(figureValue(page, label)).toHaveText(/^\d[\d\s]*$/u);
  }
  await expect(page.getByRole('region', { name: 'Regionen i siffror' }).getByText(/^Näringsliv: \d+$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nästa evenemang' }).getByRole('link', { name: 'Alla evenemang' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /globala målen/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The login button shows once the session check is done: the header is then complete.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Logga in' })).toBeVisible();
  await expectNoA11yViolations(page);

  // One call to action; it leads to the registration page, which asks for a login first.
  const cta = page.getByRole('main').getByRole('link', { name: 'Anslut din organisation' });
  await expect(cta).toHaveCount(1);
  await cta.click();
  await expect(page).toHaveURL(/\/aktorer\/ny$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Registrera din organisation' })).toBeFocused();
  await expect(page.getByText('Logga in för att registrera din organisation.')).toBeVisible();
  await expectNoA11yViolations(page);

  // Through Keycloak's page and back to the form.
  await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
  await page.locator('#username').fill('anna');
  await page.locator('#password').fill('anna');
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(/\/aktorer\/ny$/);
  await expect(page.getByLabel(/^Namn/)).toBeVisible();
});
