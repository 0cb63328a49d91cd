import { expect, test, type Page } from '@playwright/test';
import { approveAsModerator, exactly, expectNoA11yViolations, pageFor, registerOrganisation, uniqueName } from './support';

/** Anna adds a meeting place from her organisation's page and publishes it; returns its path. */
async function publishMeetingPlace(page: Page, actorPath: string, title: string): Promise<string> {
  await page.goto(actorPath);
  await page.getByRole('region', { name: 'Resurser' }).getByRole('link', { name: 'Lägg till resurs' }).click();
  await expect(page.getByLabel(/^Organisation som publicerar/)).not.toHaveValue('');
  await page.getByLabel(/^Typ av resurs/).selectOption({ label: 'Mötesplats' });
  await page.getByLabel(/^Titel på svenska/).fill(title);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(page.getByText('Resursen är publicerad och syns nu i katalogen.')).toBeVisible();
  await expectNoA11yViolations(page);
  return new URL(page.url()).pathname;
}

test('a moderator takes a resource down with a reason, the owner sees why and cannot undo it, and a restore brings it back', async ({
  browser,
}) => {
  // Several people's pages, each checked by axe (a few seconds apiece on a loaded machine).
  test.setTimeout(120_000);
  const organisation = uniqueName('Mötesplats Norr');
  const title = uniqueName('Öppet hus');
  const reason = 'Innehållet bryter mot plattformens villkor.';

  const anna = await pageFor(browser, 'anna');
  const actorPath = await registerOrganisation(anna, organisation);
  await approveAsModerator(browser, organisation);
  const resourcePath = await publishMeetingPlace(anna, actorPath, title);

  // Moa takes it down; the reason is required.
  const moa = await pageFor(browser, 'moa', resourcePath);
  await expect(moa.getByRole('heading', { level: 1, name: exactly(title) })).toBeVisible();
  const moderation = moa.getByRole('region', { name: 'Moderering' });
  await moderation.getByRole('button', { name: 'Ta ned resursen' }).click();
  await expect(moderation.getByText('Skriv varför resursen tas ned.')).toBeVisible();
  await moderation.getByLabel('Motivering').fill(reason);
  await expectNoA11yViolations(moa);
  await moderation.getByRole('button', { name: 'Ta ned resursen' }).click();
  await expect(moa.getByText('Resursen är nedtagen.')).toBeVisible();

  // The public no longer finds it.
  const visitor = await pageFor(browser, undefined, resourcePath);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expectNoA11yViolations(visitor);

  // Anna sees that it is taken down and why, and has nothing to undo it with.
  await anna.goto(resourcePath);
  await expect(anna.getByText('En moderator har tagit ned resursen.')).toBeVisible();
  await expect(anna.getByText(`Motivering: ${reason}`)).toBeVisible();
  await expect(anna.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
  await expect(anna.getByRole('button', { name: 'Arkivera' })).toHaveCount(0);
  await expectNoA11yViolations(anna);

  // Moa restores it, and the public reads it again.
  await moderation.getByRole('button', { name: 'Återställ resursen' }).click();
  await expect(moa.getByText('Resursen är återställd.')).toBeVisible();
  await expectNoA11yViolations(moa);
  await visitor.reload();
  await expect(visitor.getByRole('heading', { level: 1, name: exactly(title) })).toBeVisible();

  await Promise.all([anna.context().close(), moa.context().close(), visitor.context().close()]);
});
