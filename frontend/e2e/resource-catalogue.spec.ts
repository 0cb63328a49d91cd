import { expect, test, type Page } from '@playwright/test';
import {
  approveAsModerator,
  exactly,
  expectNoA11yViolations,
  pageFor,
  registerOrganisation,
  siteNavLink,
  uniqueName,
  uniqueWord,
  untilSearchFinds,
} from './support';

/** YYYY-MM-DD of the first Monday of next month (a weekly event's four Mondays stay in that month). */
function firstMondayOfNextMonth(): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  while (date.getUTCDay() !== 1) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function lastDayOfMonth(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

/** "6 april 2026", as the SPA writes a date in Swedish. */
function swedishDate(isoDate: string): string {
  return new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** From the organisation's page, "Lägg till resurs" opens the form with the organisation chosen. */
async function openResourceForm(page: Page, actorPath: string) {
  await page.goto(actorPath);
  const resources = page.getByRole('region', { name: 'Resurser' });
  await resources.getByRole('link', { name: 'Lägg till resurs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lägg till resurs' })).toBeVisible();
  await expect(page.getByLabel(/^Organisation som publicerar/)).not.toHaveValue('');
}

/** The draft's page: publish it, and see that it is. */
async function publish(page: Page, title: string) {
  const heading = page.getByRole('heading', { level: 1, name: exactly(title) });
  await expect(heading).toContainText('Utkast');
  await expect(page.getByText('Det här är ett utkast.', { exact: false })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(page.getByText('Resursen är publicerad och syns nu i katalogen.')).toBeVisible();
  await expect(heading).not.toContainText('Utkast');
}

test('a member publishes a weekly event and a testbed, and a visitor finds both by an inflected word', async ({
  browser,
  request,
}) => {
  // Several people's pages, each checked by axe (a few seconds apiece on a loaded machine).
  test.setTimeout(120_000);
  const word = uniqueWord();
  const organisation = uniqueName('Drönarcentrum Norr');
  const eventTitle = `Visning av testbädden för drönare ${word}`;
  const testbedTitle = `Testbädd för drönare ${word}`;
  const firstDate = firstMondayOfNextMonth();

  // Anna registers her organisation, and Moa approves it.
  const anna = await pageFor(browser, 'anna');
  const actorPath = await registerOrganisation(anna, organisation);
  await approveAsModerator(browser, organisation);

  // A weekly event, four Mondays at 10:00 next month.
  await openResourceForm(anna, actorPath);
  await anna.getByLabel(/^Typ av resurs/).selectOption({ label: 'Evenemang' });
  await anna.getByLabel(/^Titel på svenska/).fill(eventTitle);
  await anna.getByLabel('Sammanfattning på svenska').fill('Vi visar hur drönare testas över Umeälven.');
  await anna.getByLabel(/^Börjar/).fill(`${firstDate}T10:00`);
  await anna.getByLabel(/^Slutar/).fill(`${firstDate}T12:00`);
  await anna.getByLabel('Evenemanget återkommer').check();
  await expect(anna.getByLabel(/^Hur ofta/)).toHaveValue('WEEKLY');
  await anna.getByLabel(/^Antal tillfällen/).fill('4');
  await expect(anna.getByText('Evenemanget får 4 tillfällen.')).toBeVisible();
  await anna.getByLabel('Platsens namn').fill('Sliperiet');
  await anna.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Umeå kommun' });
  await anna.getByLabel('Taggar').fill('drönare, testbädd');
  await expectNoA11yViolations(anna);
  await anna.getByRole('button', { name: 'Spara utkast' }).click();

  // The draft's page offers to publish it.
  await publish(anna, eventTitle);
  await expect(anna.getByRole('region', { name: 'Kommande tillfällen' }).getByRole('listitem')).toHaveCount(4);
  await expect(anna.getByRole('link', { name: 'Lägg till i kalender' })).toBeVisible();
  await expectNoA11yViolations(anna);

  // A testbed: the form refuses a TRL range upside down before anything is sent.
  await openResourceForm(anna, actorPath);
  await anna.getByLabel(/^Typ av resurs/).selectOption({ label: 'Testbädd' });
  await anna.getByLabel(/^Titel på svenska/).fill(testbedTitle);
  await anna.getByLabel(/^Tillgång/).selectOption({ label: 'Öppen för alla' });
  await anna.getByLabel('Lägsta TRL').fill('6');
  await anna.getByLabel('Högsta TRL').fill('3');
  await anna.getByLabel('Utrustning').fill('Drönare med värmekamera\nMätstation för väder');
  await anna.getByRole('button', { name: 'Spara utkast' }).click();
  const trlMax = anna.getByLabel('Högsta TRL');
  await expect(trlMax).toHaveAttribute('aria-invalid', 'true');
  await expect(trlMax).toBeFocused();
  await expect(anna.getByText('Högsta TRL får inte vara lägre än lägsta TRL.')).toBeVisible();
  await expectNoA11yViolations(anna);
  await anna.getByLabel('Lägsta TRL').fill('3');
  await trlMax.fill('6');
  await anna.getByRole('button', { name: 'Spara utkast' }).click();

  await publish(anna, testbedTitle);
  await expect(anna.getByText('TRL 3–6')).toBeVisible();
  await expect(anna.getByText('Öppen för alla')).toBeVisible();
  await expectNoA11yViolations(anna);
  // Its edit page, as the owner opens it from the published page (left without saving).
  await anna.getByRole('link', { name: 'Redigera', exact: true }).click();
  await expect(anna.getByRole('heading', { level: 1, name: exactly(`Redigera ${testbedTitle}`) })).toBeVisible();
  await expectNoA11yViolations(anna);
  await anna.context().close();

  // A visitor searches from the header with another form of the word, and finds both (once the
  // search engine has indexed them: it follows the database a moment later).
  await untilSearchFinds(request, word, [eventTitle, testbedTitle]);
  const visitor = await pageFor(browser);
  const banner = visitor.getByRole('banner');
  const search = banner.getByLabel('Sök aktörer, resurser och samverkan');
  await search.fill(`testbäddar ${word}`);
  await expect(banner.getByRole('link', { name: exactly(eventTitle) })).toBeVisible();
  await expect(banner.getByRole('link', { name: exactly(testbedTitle) })).toBeVisible();
  await expectNoA11yViolations(visitor);

  // Enter opens the search page with every hit, the matching words marked.
  await search.press('Enter');
  await expect(visitor.getByRole('heading', { level: 1, name: 'Sök' })).toBeVisible();
  const main = visitor.getByRole('main');
  await expect(main.getByRole('link', { name: exactly(testbedTitle) })).toBeVisible();
  const eventLink = main.getByRole('link', { name: exactly(eventTitle) });
  await expect(eventLink).toBeVisible();
  await expect(main.locator('mark').first()).toBeVisible();
  await expectNoA11yViolations(visitor);

  // The event's page: four Mondays at 10:00 Swedish time, and its calendar file.
  await eventLink.click();
  await expect(visitor.getByRole('heading', { level: 1, name: exactly(eventTitle) })).toBeVisible();
  const dates = visitor.getByRole('region', { name: 'Kommande tillfällen' }).getByRole('listitem');
  await expect(dates).toHaveCount(4);
  await expect(dates.first()).toContainText(swedishDate(firstDate));
  for (const date of await dates.all()) {
    await expect(date).toContainText(/måndag .* 10:00\s?–\s?12:00/);
  }
  await expect(visitor.getByRole('link', { name: organisation })).toBeVisible();
  const calendar = visitor.getByRole('link', { name: 'Lägg till i kalender' });
  const href = await calendar.getAttribute('href');
  expect(href).toMatch(/\/api\/v1\/resources\/[0-9a-f-]{36}\/calendar$/);
  const ics = await visitor.request.get(href!);
  expect(ics.status()).toBe(200);
  const icsText = await ics.text();
  expect(icsText).toContain('BEGIN:VEVENT');
  expect(icsText).toMatch(/RRULE:.*FREQ=WEEKLY/);
  expect(icsText).toMatch(/COUNT=4/);
  await expectNoA11yViolations(visitor);

  // The catalogue finds both by the word, counts them by kind, and narrows by kind and by date.
  await (await siteNavLink(visitor, 'Resurser')).click();
  await expect(visitor.getByRole('heading', { level: 1, name: 'Resurser' })).toBeVisible();
  await visitor.getByLabel('Sök i titel, sammanfattning, text och taggar').fill(word);
  await expect(visitor).toHaveURL(new RegExp(`[?&]q=${word}`));
  await expect(visitor.getByRole('article')).toHaveCount(2);
  const kind = visitor.getByLabel('Typ av resurs');
  await expect(kind.locator('option', { hasText: 'Evenemang (1)' })).toHaveCount(1);
  await kind.selectOption({ label: 'Testbädd (1)' });
  await expect(visitor).toHaveURL(/kind=TESTBED/);
  await expect(visitor.getByRole('article')).toHaveCount(1);
  await expect(visitor.getByRole('article')).toContainText(testbedTitle);
  await expectNoA11yViolations(visitor);

  await visitor.goto(`/resurser?q=${word}&from=${firstDate.slice(0, 8)}01&to=${lastDayOfMonth(firstDate)}`);
  const card = visitor.getByRole('article');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(eventTitle);
  await expect(card.getByRole('listitem').first()).toContainText(swedishDate(firstDate));
  await expect(card).toContainText('och ett tillfälle till');
  await expectNoA11yViolations(visitor);

  // The same event as a month: the calendar grid shows it on each of its four Mondays.
  await visitor.goto(`/resurser?q=${word}&kind=EVENT&view=month&month=${firstDate.slice(0, 7)}`);
  await expect(visitor.getByRole('grid').getByRole('link', { name: exactly(eventTitle) })).toHaveCount(4);
  await expectNoA11yViolations(visitor);
  await visitor.context().close();
});
