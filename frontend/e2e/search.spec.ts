import { expect, test } from '@playwright/test';
import {
  activeOrganisation,
  exactly,
  expectNoA11yViolations,
  pageFor,
  publicCollaboration,
  publishEvent,
  tokenFor,
  uniqueName,
  uniqueWord,
  untilSearchFinds,
} from './support';

/**
 * Search as a visitor meets it, on the search engine the API indexes into: a word typed without
 * its Swedish letter finds the inflected form in a title ("testbadd" → "Testbäddar"), the start of
 * a word is enough while typing, and a collaboration is a hit of its own that opens its page.
 * The resource and the collaboration are made through the API (their forms are other journeys'
 * subject), each with a word no other run uses, so that the hits asserted are this run's.
 */

test('a visitor finds a resource without typing its ä, by the start of a word, and opens a collaboration hit', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(120_000);
  const api = await playwright.request.newContext();
  const word = uniqueWord();
  const resourceTitle = `Testbäddar i kall miljö ${word}`;
  const collaborationTitle = `Samverkan kring kall miljö ${word}`;
  const company = await activeOrganisation(api, 'anna', uniqueName('Kylbädden'), 'COMPANY', '2480');
  const institute = await activeOrganisation(api, 'erik', uniqueName('Polarinstitutet'), 'RESEARCH_INSTITUTE', '2580');
  await publishEvent(api, await tokenFor(api, 'anna'), company.id, resourceTitle, 20);
  const collaboration = await publicCollaboration(
    api,
    { owner: 'anna', actorId: company.id },
    { owner: 'erik', actorId: institute.id },
    { title: collaborationTitle, summary: 'Två organisationer delar sina testbäddar för kyla och snö.', kind: 'PROJECT' },
  );

  await untilSearchFinds(api, word, [resourceTitle, collaborationTitle]);

  const visitor = await pageFor(browser);
  const banner = visitor.getByRole('banner');
  const field = banner.getByLabel('Sök aktörer, resurser och samverkan');
  const suggestions = banner.getByRole('list', { name: 'Förslag' });

  // Without its ä the word still finds the title's plural: the engine folds accents and stems.
  await field.fill(`testbadd ${word}`);
  await expect(suggestions.getByRole('link', { name: exactly(resourceTitle) })).toBeVisible();

  // The start of a word is enough: what has been typed so far finds both.
  await field.fill(word.slice(0, -2));
  await expect(suggestions.getByRole('link', { name: exactly(resourceTitle) })).toBeVisible();
  const suggested = suggestions.getByRole('link', { name: exactly(collaborationTitle) });
  await expect(suggested).toBeVisible();
  await expect(suggested).toHaveAttribute('href', `/samverkan/${collaboration.slug}`);
  // (`has` is looked for inside each item, so it starts from the page, not from the list.)
  const collaborationLink = visitor.getByRole('link', { name: exactly(collaborationTitle) });
  await expect(suggestions.getByRole('listitem').filter({ has: collaborationLink })).toContainText('Samverkan · Projekt');
  await expectNoA11yViolations(visitor);

  // Enter opens the search page with the same hits; the collaboration's opens its page.
  await field.press('Enter');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Sök' })).toBeVisible();
  const main = visitor.getByRole('main');
  await expect(main.getByRole('link', { name: exactly(resourceTitle) })).toBeVisible();
  const hit = main.getByRole('link', { name: exactly(collaborationTitle) });
  await expect(hit).toBeVisible();
  await expect(main.getByRole('listitem').filter({ has: collaborationLink })).toContainText('Samverkan · Projekt');
  await expectNoA11yViolations(visitor);

  await hit.click();
  await expect(visitor).toHaveURL(new RegExp(`/samverkan/${collaboration.slug}$`));
  await expect(visitor.getByRole('heading', { level: 1, name: exactly(collaborationTitle) })).toBeVisible();
  await expect(visitor.getByRole('region', { name: 'Deltagare' }).getByRole('row', { name: exactly(institute.name) })).toBeVisible();
  await expectNoA11yViolations(visitor);

  await visitor.context().close();
  await api.dispose();
});
