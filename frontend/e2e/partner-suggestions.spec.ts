import { expect, test } from '@playwright/test';
import { exactly, expectNoSeriousA11yViolations, pageFor } from './support';

/**
 * Matchmaking on the demo data (DIN_DEMO_DATA=true, as ./din test runs the stack): anna owns the
 * demo company Norrskensdata AB, and its page shows her the partners it does not collaborate with
 * yet, ranked, each linking to its page with its score and its reasons in words. Erik, who is not
 * one of its people, sees the same page without them. axe checks the page with the suggestions.
 */
const COMPANY = '/aktorer/norrskensdata';
// Every reason the SPA words (components/partner-suggestions.tsx, messages-partners.ts), in Swedish.
const REASON = /Kompletterar med|Delar (tekniko|kunskapso)mråde|Finns också i|Har .+ som passar|gemensamm?a? partner/;

test('the owner of a demo company sees suggested partners with their reasons on its page; others do not', async ({ browser }) => {
  const anna = await pageFor(browser, 'anna', COMPANY);
  await expect(anna.getByRole('heading', { level: 1, name: exactly('Norrskensdata AB') })).toBeVisible();

  const section = anna.getByRole('region', { name: 'Föreslagna partner' });
  await expect(section).toBeVisible();
  const suggestions = section.getByRole('listitem').filter({ has: anna.getByRole('heading', { level: 3 }) });
  await expect(suggestions.first()).toBeVisible();
  expect(await suggestions.count()).toBeGreaterThan(0);

  // The first (best) suggestion: a link to an actor page other than the company's own, a score and
  // at least one reason in words.
  const first = suggestions.first();
  const link = first.getByRole('heading', { level: 3 }).getByRole('link');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/aktorer\/[a-z0-9-]+$/);
  expect(href).not.toBe(COMPANY);
  await expect(first.getByText(/^Poäng: \d/)).toBeVisible();
  const name = (await link.textContent())!.trim();
  const reasons = first.getByRole('list', { name: `Därför föreslås ${name}` }).getByRole('listitem');
  await expect(reasons.first()).toHaveText(REASON);
  await expectNoSeriousA11yViolations(anna);

  // The link opens the suggested actor's page.
  await link.click();
  await expect(anna.getByRole('heading', { level: 1, name: exactly(name) })).toBeVisible();
  await anna.context().close();

  // Erik is not one of the company's people: no suggestions for him.
  const erik = await pageFor(browser, 'erik', COMPANY);
  await expect(erik.getByRole('heading', { level: 1, name: exactly('Norrskensdata AB') })).toBeVisible();
  await expect(erik.getByRole('region', { name: 'Föreslagna partner' })).toHaveCount(0);
  await erik.context().close();
});
