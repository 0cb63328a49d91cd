import { expect, test, type APIRequestContext } from '@playwright/test';
import { activeOrganisation, exactly, expectNoA11yViolations, pageFor, uniqueName } from './support';

const API = process.env.DIN_API_URL || 'http://localhost:8080';

/**
 * Matchmaking on a company's page: its owner sees the partners it does not collaborate with yet,
 * ranked, each linking to its page with its score and its reasons in words; someone who is not one
 * of its people sees the same page without them. axe checks the page with the suggestions.
 *
 * The company is the demo company anna owns, Norrskensdata AB, when the stack runs with the demo
 * data (DIN_DEMO_DATA=true, as ./din up does); otherwise (./din test starts the API without it) an
 * active company of anna's in Umeå, made through the API, beside an active university of erik's in
 * Umeå, which then has at least a sector it lacks and the same municipality to offer it.
 */
const DEMO_COMPANY = { slug: 'norrskensdata', name: 'Norrskensdata AB' };
// Every reason the SPA words (components/partner-suggestions.tsx, messages-partners.ts), in Swedish.
const REASON = /Kompletterar med|Delar (tekniko|kunskapso)mråde|Finns också i|Har .+ som passar|gemensamm?a? partner/;

async function annasCompany(request: APIRequestContext): Promise<{ slug: string; name: string }> {
  if ((await request.get(`${API}/api/v1/actors/${DEMO_COMPANY.slug}`)).ok()) return DEMO_COMPANY;
  const company = await activeOrganisation(request, 'anna', uniqueName('Norrskensdata'), 'COMPANY', '2480');
  await activeOrganisation(request, 'erik', uniqueName('Kvarkens universitet'), 'UNIVERSITY', '2480');
  return company;
}

test('the owner of a company sees suggested partners with their reasons on its page; others do not', async ({
  browser,
  request,
}) => {
  const company = await annasCompany(request);
  const path = `/aktorer/${company.slug}`;

  const anna = await pageFor(browser, 'anna', path);
  await expect(anna.getByRole('heading', { level: 1, name: exactly(company.name) })).toBeVisible();
  const section = anna.getByRole('region', { name: 'Föreslagna partner' });
  await expect(section).toBeVisible();
  const suggestions = section.getByRole('listitem').filter({ has: anna.getByRole('heading', { level: 3 }) });
  await expect(suggestions.first()).toBeVisible();

  // The first (best) suggestion: a link to another actor's page, a score and its reasons in words.
  const first = suggestions.first();
  const link = first.getByRole('heading', { level: 3 }).getByRole('link');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/aktorer\/[a-z0-9-]+$/);
  expect(href).not.toBe(path);
  await expect(first.getByText(/^Poäng: \d/)).toBeVisible();
  const name = (await link.textContent())!.trim();
  const reasons = first.getByRole('list', { name: `Därför föreslås ${name}` }).getByRole('listitem');
  await expect(reasons.first()).toHaveText(REASON);
  await expectNoA11yViolations(anna);

  // The link opens the suggested actor's page.
  await link.click();
  await expect(anna.getByRole('heading', { level: 1, name: exactly(name) })).toBeVisible();
  await expectNoA11yViolations(anna);
  await anna.context().close();

  // Erik is not one of the company's people: no suggestions for him.
  const erik = await pageFor(browser, 'erik', path);
  await expect(erik.getByRole('heading', { level: 1, name: exactly(company.name) })).toBeVisible();
  await expect(erik.getByRole('region', { name: 'Föreslagna partner' })).toHaveCount(0);
  await expectNoA11yViolations(erik);
  await erik.context().close();
});
