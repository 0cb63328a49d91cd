import { expect, test } from '@playwright/test';
import {
  approveAsModerator,
  exactly,
  expectNoA11yViolations,
  pageFor,
  registerOrganisation,
  siteNavLink,
  uniqueName,
} from './support';

test('a member registers an organisation, a moderator approves it, and the public finds it', async ({ browser }) => {
  // Several people's pages, each checked by axe (a few seconds apiece on a loaded machine).
  test.setTimeout(120_000);
  const name = uniqueName('Norrsken Lab');

  // Anna registers her organisation; it awaits approval and is hers.
  const anna = await pageFor(browser, 'anna');
  const actorPath = await registerOrganisation(anna, name, { axe: true });
  await expect(anna.getByText('Väntar på godkännande').first()).toBeVisible();
  await expect(anna.getByText('Din roll i organisationen: Ägare.')).toBeVisible();
  await expect(anna.getByRole('link', { name: 'Redigera uppgifterna' })).toBeVisible();
  // The description is the server's sanitised rendering of her Markdown.
  await expect(anna.locator('.prose strong')).toHaveText('AI');
  await expectNoA11yViolations(anna);

  // Not in the public directory yet.
  const early = await pageFor(browser, undefined, `/aktorer?q=${encodeURIComponent(name)}`);
  await expect(early.getByText('Inga aktörer matchar sökningen.')).toBeVisible();
  await early.context().close();
  await anna.context().close();

  // Moa approves it from the moderation queue.
  await approveAsModerator(browser, name, { axe: true });

  // An anonymous visitor searches the directory and filters it to Umeå.
  const visitor = await pageFor(browser);
  await (await siteNavLink(visitor, 'Aktörer')).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Aktörer' })).toBeVisible();
  await visitor.getByLabel('Sök på namn eller beskrivning').fill(name);
  await expect(visitor).toHaveURL(/[?&]q=/);
  await visitor.getByLabel('Län', { exact: true }).selectOption({ label: 'Västerbottens län' });
  await visitor.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Umeå kommun' });
  await visitor.getByLabel('Teknikområde', { exact: true }).selectOption({ label: 'Artificiell intelligens' });
  await expect(visitor).toHaveURL(/county=24/);
  await expect(visitor).toHaveURL(/municipality=2480/);
  const card = visitor.getByRole('article').filter({ has: visitor.getByRole('link', { name: exactly(name) }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Företag · Näringsliv · Umeå kommun');
  await expectNoA11yViolations(visitor);

  // The filtered view is a link: opened afresh, it shows the same.
  await visitor.goto(visitor.url());
  await expect(card).toBeVisible();
  await expect(visitor.getByLabel('Kommun', { exact: true })).toHaveValue('2480');

  await card.getByRole('link', { name: exactly(name) }).click();
  await expect(visitor).toHaveURL(new RegExp(`${actorPath}$`));
  await expect(visitor.getByRole('heading', { level: 1, name: exactly(name) })).toBeVisible();
  await expect(visitor.getByText('Väntar på godkännande')).toHaveCount(0);
  await expect(visitor.getByText('Logga in för att be om att gå med i organisationen.')).toBeVisible();
  await expectNoA11yViolations(visitor);
  await visitor.context().close();
});
