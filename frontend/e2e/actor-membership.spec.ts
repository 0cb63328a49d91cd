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

test('a second member asks to join, the owner accepts, and the member sees the membership', async ({ browser }) => {
  // Several people's pages, each checked by axe (a few seconds apiece on a loaded machine).
  test.setTimeout(120_000);
  const name = uniqueName('Kvarken Data');

  // Anna's own organisation, approved: only active organisations take requests.
  const anna = await pageFor(browser, 'anna');
  const actorPath = await registerOrganisation(anna, name);
  await approveAsModerator(browser, name);

  // Erik asks to join.
  const erik = await pageFor(browser, 'erik', actorPath);
  await expect(erik.getByRole('heading', { level: 1, name: exactly(name) })).toBeVisible();
  await erik.getByLabel('Meddelande till ägarna (valfritt)').fill('Jag leder vårt AI-labb.');
  await expectNoA11yViolations(erik);
  await erik.getByRole('button', { name: 'Be om att gå med' }).click();
  await expect(erik.getByText('Du har bett om att gå med.')).toBeVisible();
  await (await siteNavLink(erik, 'Mina organisationer')).click();
  await expect(erik.getByRole('link', { name: exactly(name) })).toBeVisible();
  await expect(erik.getByRole('button', { name: `Dra tillbaka förfrågan till ${name}` })).toBeVisible();
  await expectNoA11yViolations(erik);

  // Anna accepts him on "My organisations".
  await (await siteNavLink(anna, 'Mina organisationer')).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Mina organisationer' })).toBeVisible();
  const organisation = anna.getByRole('article', { name: exactly(name) });
  await expect(organisation.getByText('Jag leder vårt AI-labb.')).toBeVisible();
  await expectNoA11yViolations(anna);
  await organisation.getByRole('button', { name: 'Godkänn Erik Holm' }).click();
  await expect(anna.getByText('Erik Holm är nu medlem.')).toBeVisible();
  await expect(organisation.getByRole('row', { name: /Erik Holm/ })).toBeVisible();
  await expect(organisation.getByRole('combobox', { name: 'Roll för Erik Holm' })).toHaveValue('MEMBER');
  await expect(organisation.getByText('Inga förfrågningar väntar.')).toBeVisible();
  await expectNoA11yViolations(anna);

  // Erik sees the membership.
  await erik.reload();
  const membership = erik.getByRole('article', { name: exactly(name) });
  await expect(membership).toBeVisible();
  await expect(membership.getByText('Din roll: Medlem')).toBeVisible();
  await expect(erik.getByRole('button', { name: `Dra tillbaka förfrågan till ${name}` })).toHaveCount(0);
  await expectNoA11yViolations(erik);

  await erik.context().close();
  await anna.context().close();
});
