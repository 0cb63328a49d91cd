import { expect, test } from '@playwright/test';
import { activeOrganisationOfAnna, expectNoA11yViolations, publishEvent, tokenFor, uniqueName } from './support';

/**
 * Runs twice: against the built SPA (project `built`) and against `vite`, the dev server of
 * `./din up` (project `dev-server`), which must serve the widget and its manifest as the build does.
 */
test('the feed builder previews the live widget with the events of an organisation, and its snippet pins file and hash', async ({
  page,
  request,
}) => {
  const eventTitle = uniqueName('Flödesdag');
  const actorId = await activeOrganisationOfAnna(request, uniqueName('Flödesbolaget'));
  await publishEvent(request, await tokenFor(request, 'anna'), actorId, eventTitle, 2);

  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  await page.goto(`/floden?actor=${actorId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Flöden för webbplatser och kalendrar' })).toBeVisible();

  // The real <din-feed> renders the event in its (open) shadow root, which locators pierce.
  const preview = page.locator('din-feed');
  await expect(preview.getByRole('link', { name: eventTitle })).toBeVisible();

  // The snippet names the versioned file and SRI hash that the server publishes in its manifest.
  const manifest = await request.get('/embed/din-embed.json');
  expect(manifest.status()).toBe(200);
  const { file, integrity } = (await manifest.json()) as { file: string; integrity: string };
  const snippet = page.getByRole('textbox', { name: 'Webbkomponent' });
  await expect(snippet).toHaveValue(new RegExp(`${file.replace(/\./g, '\\.')}"[\\s\\S]*integrity="${integrity.replace(/[+/]/g, '\\$&')}"`));
  const versioned = await request.get(file);
  expect(versioned.status()).toBe(200);
  expect(versioned.headers()['content-type']).toMatch(/javascript/);

  // Neither the manifest nor the widget failed: no error on the page.
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await request.get('/embed/din-embed-000000000000.js')).status()).toBe(404);
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});
