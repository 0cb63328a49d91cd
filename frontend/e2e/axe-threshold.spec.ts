import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { a11yViolations, describeViolations } from './support';

/**
 * The journeys' accessibility check itself, on a page of its own (no stack needed): it catches a
 * finding of impact moderate (a heading level skipped) and lets a minor one pass (an empty table
 * header), and its message names the rule, the impact, the element and axe's help page.
 */
test('the axe check fails on moderate findings and names them, and lets minor ones pass', async ({ page }) => {
  await page.setContent(`<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Prov</title></head>
<body>
  <main>
    <h1>Prov</h1>
    <h3 id="skipped">En rubrik som hoppar över nivå två</h3>
    <table><caption>Priser</caption><tr><th></th><th scope="col">Pris</th></tr><tr><td>Kaffe</td><td>25 kr</td></tr></table>
  </main>
</body>
</html>`);

  // axe itself reports both; the check keeps the moderate one only.
  const all = (await new AxeBuilder({ page }).analyze()).violations.map((violation) => `${violation.id} (${violation.impact})`);
  expect(all).toEqual(expect.arrayContaining(['heading-order (moderate)', 'empty-table-header (minor)']));
  const found = await a11yViolations(page);

  expect(found.map((violation) => violation.id)).toEqual(['heading-order']);
  const message = describeViolations(found);
  expect(message).toContain('heading-order (moderate)');
  expect(message).toContain('#skipped');
  expect(message).toMatch(/see https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/heading-order/);
});
