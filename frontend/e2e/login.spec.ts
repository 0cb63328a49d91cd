import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, siteNavLink } from './support';

test('a member reads the goals, logs in, sees their profile and logs out', async ({ page }) => {
  await page.goto('/');

  // Swedish is the default language.
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('Ingen fattigdom')).toBeVisible();
  const banner = page.getByRole('banner');
  // The login button appears once keycloak-js's silent check-sso has finished.
  await expect(banner.getByRole('button', { name: 'Logga in' })).toBeVisible();
  await expectNoA11yViolations(page);

  await banner.getByLabel('Språk').selectOption('en');
  await expect(page.getByText('No poverty')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoA11yViolations(page);

  await banner.getByRole('button', { name: 'Log in' }).click();

  // Keycloak's own login page.
  await page.locator('#username').fill('anna');
  await page.locator('#password').fill('anna');
  await page.locator('#kc-login').click();

  // Back in the SPA: keycloak-js exchanges the code (PKCE) and the header offers logout.
  await expect(banner.getByRole('button', { name: 'Log out' })).toBeVisible();
  // The language chosen before the round trip to Keycloak is kept.
  await expect(page.getByText('No poverty')).toBeVisible();

  const profileLink = await siteNavLink(page, 'My profile');
  // On a phone the folded menu is open now, with a logged-in member's links.
  await expectNoA11yViolations(page);
  await profileLink.click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expect(page.getByText('Anna Lindqvist')).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('listitem').filter({ hasText: /^member$/ }),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  // A reload keeps the session: check-sso finds it silently through Keycloak's cookie.
  await page.reload();
  await expect(page.getByText('Anna Lindqvist')).toBeVisible();

  await banner.getByRole('button', { name: 'Log out' }).click();

  // Keycloak ends the session and sends the browser back to the start page.
  await expect(banner.getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page.getByText('No poverty')).toBeVisible();
  await page.goto('/profile');
  await expect(page.getByText('Log in to see your profile.')).toBeVisible();
  await expectNoA11yViolations(page);
});
