import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { activeOrganisation, expectNoA11yViolations, publicCollaboration, uniqueName } from './support';

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

/**
 * The end-to-end stack starts without demo data (DIN_DEMO_DATA=false), so the journey makes its own
 * small ecosystem first: anna's company in Umeå and erik's university in Luleå, with a public
 * collaboration between them. Other journeys may have added actors before it: the figures are read
 * from the page and compared with the CSV and the filtered page, not with fixed totals.
 */
test('the insights dashboard shows the figures and the network, follows its filters in the URL, and its CSV has the table\'s numbers', async ({
  page,
  request,
}) => {
  const company = await activeOrganisation(request, 'anna', uniqueName('Insiktsbolaget'), 'COMPANY', '2480');
  const university = await activeOrganisation(request, 'erik', uniqueName('Insiktshögskolan'), 'UNIVERSITY', '2580');
  await publicCollaboration(
    request,
    { owner: 'anna', actorId: company.id },
    { owner: 'erik', actorId: university.id },
    { title: uniqueName('Insikter över gränser'), summary: 'Ett företag och en högskola i två län.', kind: 'PROJECT' },
  );

  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Insikter' }).click();
  await expect(page).toHaveURL(/\/insikter$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Insikter' })).toBeVisible();

  // Actors by sector: every sector has a row, and the company and the university are counted.
  const bySector = figure(page, 'Aktörer per sektor');
  await expect(bySector.locator('svg[aria-label="Aktörer per sektor"]')).toBeVisible();
  const sectorRows = await tableOf(bySector);
  expect(sectorRows.map((row) => row[0])).toEqual(['Näringsliv', 'Akademi', 'Offentlig sektor', 'Civilsamhälle']);
  const counts = Object.fromEntries(sectorRows.map(([sector, actors]) => [sector!, numberOf(actors!)]));
  expect(counts['Näringsliv']).toBeGreaterThan(0);
  expect(counts['Akademi']).toBeGreaterThan(0);

  // The collaboration gives project intensity, boundary crossing and the municipality links.
  for (const name of ['Projektintensitet: samverkan per månad', 'Gränsöverskridande samverkan över tid', 'Hur många gränser samverkan korsar']) {
    await expect(figure(page, name).locator('svg').first()).toBeVisible();
  }
  await expect(figure(page, 'Samverkan mellan kommuner').getByRole('table')).toContainText('Luleå');
  await expectNoA11yViolations(page);

  // The CSV behind the link has the numbers of the table, in the same order.
  const csvLink = bySector.getByRole('link', { name: 'Ladda ned Aktörer per sektor som CSV' });
  await expect(csvLink).toHaveAttribute('href', /\/api\/v1\/insights\/actors-by-sector\?format=csv$/);
  const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
  expect(download.suggestedFilename()).toBe('actors-by-sector.csv');
  const csv = (await readFile((await download.path()), 'utf8')).trim().split(/\r?\n/);
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

  await expectNoA11yViolations(page);

  // The filtered view is a link: opened afresh, it shows the same filter.
  await page.goto('/insikter?sector=ACADEMIA');
  await expect(page.getByLabel('Sektor', { exact: true })).toHaveValue('ACADEMIA');

  // The network lists the company in its table; a click on its node opens its page. The canvas has no element per node: ask the
  // Cytoscape instance (registered on its container) where it drew the node, and click there.
  await page.goto('/insikter');
  const network = figure(page, 'Samverkansnätverket');
  await expect(network.getByRole('img', { name: /^Samverkansnätverket: \d+ aktörer och \d+ kopplingar/ })).toBeVisible();
  await expect(network.locator('canvas').first()).toBeAttached();
  await tableOf(network);
  await expect(network.getByRole('table').getByRole('link', { name: company.name })).toHaveAttribute('href', `/aktorer/${company.slug}`);
  await expectNoA11yViolations(page);
  const canvasBox = network.getByRole('img', { name: /^Samverkansnätverket/ });
  const position = await page.evaluate((slug) => {
    type Node = { data: (key: string) => unknown; renderedPosition: () => { x: number; y: number } };
    const container = document.querySelector<HTMLElement & { _cyreg?: { cy?: { nodes: () => Node[] } } }>('.network-graph');
    const node = container?._cyreg?.cy?.nodes().filter((candidate) => candidate.data('slug') === slug)[0];
    return node?.renderedPosition();
  }, company.slug);
  expect(position).toBeDefined();
  await canvasBox.click({ position: position! });
  await expect(page).toHaveURL(new RegExp(`/aktorer/${company.slug}$`));

  expect(problems).toEqual([]);
});
