import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support';

/** The figure's section, by its heading. */
function figure(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The rows of a figure's table (opened first), each as its cells' texts. */
async function tableOf(section: Locator): Promise<string[][]> {
  const details = section.locator('details').first();
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await section.getByText('Visa tabellen').first().click();
  }
  const table = section.getByRole('table').first();
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim())),
  );
}

/** A number as the Swedish table writes it ("1 234") or the CSV does ("1234"). */
function numberOf(text: string): number {
  return Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.').replace('\u2212', '-'));
}

test('the insights dashboard shows the demo figures and network, follows its filters in the URL, and its CSV has the table\'s numbers', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Insikter' }).click();
  await expect(page).toHaveURL(/\/insikter$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Insikter' })).toBeVisible();

  // The demo data's actors, by sector: every sector has a row, and the demo has actors in several.
  const bySector = figure(page, 'Aktörer per sektor');
  await expect(bySector.locator('svg[aria-label="Aktörer per sektor"]')).toBeVisible();
  const sectorRows = await tableOf(bySector);
  expect(sectorRows.map((row) => row[0])).toEqual(['Näringsliv', 'Akademi', 'Offentlig sektor', 'Civilsamhälle']);
  const counts = Object.fromEntries(sectorRows.map(([sector, actors]) => [sector!, numberOf(actors!)]));
  expect(counts['Näringsliv']).toBeGreaterThan(0);
  expect(counts['Akademi']).toBeGreaterThan(0);

  // The demo's collaborations give project intensity, boundary crossing and the network.
  for (const name of ['Projektintensitet: samverkan per månad', 'Gränsöverskridande samverkan över tid', 'Agenda 2030: resurser och samverkan per globalt mål']) {
    await expect(figure(page, name).locator('svg').first()).toBeVisible();
  }
  const network = figure(page, 'Samverkansnätverket');
  await expect(network.getByRole('img', { name: /^Samverkansnätverket: \d+ aktörer och \d+ kopplingar/ })).toBeVisible();
  await expect(network.locator('canvas').first()).toBeAttached();
  const networkRows = await tableOf(network);
  expect(networkRows.length).toBeGreaterThan(1);
  await expect(network.getByRole('table').getByRole('link').first()).toHaveAttribute('href', /^\/aktorer\//);

  await expectNoSeriousA11yViolations(page);

  // The CSV behind the link has the numbers of the table, in the same order.
  const csvLink = bySector.getByRole('link', { name: 'Ladda ned Aktörer per sektor som CSV' });
  await expect(csvLink).toHaveAttribute('href', /\/api\/v1\/insights\/actors-by-sector\?format=csv$/);
  const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
  expect(download.suggestedFilename()).toBe('actors-by-sector.csv');
  const csv = (await readFile((await download.path())!, 'utf8')).trim().split(/\r?\n/);
  expect(csv[0]).toBe('sector,actors');
  expect(csv.slice(1).map((line) => line.split(','))).toEqual([
    ['BUSINESS', String(counts['Näringsliv'])],
    ['ACADEMIA', String(counts['Akademi'])],
    ['PUBLIC', String(counts['Offentlig sektor'])],
    ['CIVIL', String(counts['Civilsamhälle'])],
  ]);

  // A filter goes into the URL and changes the figures: only academia's actors remain.
  await page.getByLabel('Sektor', { exact: true }).selectOption({ label: 'Akademi' });
  await expect(page).toHaveURL(/\/insikter\?sector=ACADEMIA$/);
  await expect(csvLink).toHaveAttribute('href', /\/api\/v1\/insights\/actors-by-sector\?sector=ACADEMIA&format=csv$/);
  await expect
    .poll(async () => (await tableOf(bySector)).map(([sector, actors]) => [sector, numberOf(actors!)]))
    .toEqual([
      ['Näringsliv', 0],
      ['Akademi', counts['Akademi']],
      ['Offentlig sektor', 0],
      ['Civilsamhälle', 0],
    ]);

  // The filtered view is a link: opened afresh, it shows the same filter.
  await page.goto('/insikter?sector=ACADEMIA');
  await expect(page.getByLabel('Sektor', { exact: true })).toHaveValue('ACADEMIA');

  // A click on a node opens the actor: the canvas has no DOM per node, so click where Cytoscape drew the first one.
  await page.goto('/insikter');
  const canvasBox = network.getByRole('img', { name: /^Samverkansnätverket/ });
  await expect(canvasBox).toBeVisible();
  const position = await page.evaluate(() => {
    const element = document.querySelector('.network-graph') as HTMLElement & { _cyreg?: { cy?: unknown } };
    const cy = element._cyreg?.cy as { nodes(): { renderedPosition(): { x: number; y: number } }[] & { length: number } } | undefined;
    if (!cy || cy.nodes().length === 0) return undefined;
    return cy.nodes()[0]!.renderedPosition();
  });
  expect(position).toBeDefined();
  await canvasBox.click({ position: position! });
  await expect(page).toHaveURL(/\/aktorer\/[^/]+$/);

  expect(problems).toEqual([]);
});
