import { expect, test } from '@playwright/test';
import { activeOrganisation, exactly, expectNoA11yViolations, pageFor, tokenFor, uniqueName } from './support';

const API = process.env.DIN_API_URL || 'http://localhost:8080';
const ONLY_OWNER = 'Du är enda ägaren. Gör någon annan till ägare först.';

test('the only owner is told why they cannot leave, saves a role on purpose, and a member confirms leaving', async ({
  browser,
  playwright,
}) => {
  // Anna's active organisation with Erik in it as a member, through the API (the join journey is actor-membership's).
  const api = await playwright.request.newContext();
  const name = uniqueName('Norrskensdata');
  const { id } = await activeOrganisation(api, 'anna', name, 'COMPANY', '2480');
  const asked = await api.post(`${API}/api/v1/actors/${id}/join-requests`, {
    headers: { Authorization: `Bearer ${await tokenFor(api, 'erik')}` },
    data: { message: 'Jag vill vara med.' },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  const { id: requestId } = (await asked.json()) as { id: string };
  const approved = await api.post(`${API}/api/v1/actors/${id}/join-requests/${requestId}/approve`, {
    headers: { Authorization: `Bearer ${await tokenFor(api, 'anna')}` },
    data: {},
  });
  expect(approved.status(), await approved.text()).toBe(200);

  // Anna is the only owner: her own role and "leave" are locked, and the page says why.
  const anna = await pageFor(browser, 'anna', '/mina-organisationer');
  const organisation = anna.getByRole('article', { name: exactly(name) });
  await expect(organisation.getByRole('row', { name: /Erik Holm/ })).toBeVisible();
  const ownRole = organisation.getByRole('combobox', { name: 'Roll för Anna Lindqvist' });
  await expect(ownRole).toBeDisabled();
  await expect(ownRole).toHaveAccessibleDescription(ONLY_OWNER);
  const leave = organisation.getByRole('button', { name: `Lämna ${name}` });
  await expect(leave).toBeDisabled();
  await expect(leave).toHaveAccessibleDescription(ONLY_OWNER);
  await expectNoA11yViolations(anna);

  // Removing Erik asks first; Escape cancels, and focus is back on the button.
  const remove = organisation.getByRole('button', { name: 'Ta bort Erik Holm' });
  await remove.click();
  const dialog = anna.getByRole('alertdialog', { name: `Ta bort Erik Holm ur ${name}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectNoA11yViolations(anna);
  await anna.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();

  // A role is picked, then saved.
  await organisation.getByRole('combobox', { name: 'Roll för Erik Holm' }).selectOption({ label: 'Redaktör' });
  await organisation.getByRole('button', { name: 'Spara roll för Erik Holm' }).click();
  await expect(anna.getByText('Erik Holm är nu redaktör.')).toBeVisible();

  // Erik leaves, after confirming in the dialog.
  const erik = await pageFor(browser, 'erik', '/mina-organisationer');
  const membership = erik.getByRole('article', { name: exactly(name) });
  await expect(membership.getByText('Din roll: Redaktör')).toBeVisible();
  await membership.getByRole('button', { name: `Lämna ${name}` }).click();
  const confirm = erik.getByRole('alertdialog', { name: `Lämna ${name}?` });
  await expect(confirm).toContainText('be om att få gå med igen');
  await confirm.getByRole('button', { name: `Lämna ${name}` }).click();
  await expect(erik.getByText(`Du har lämnat ${name}.`)).toBeVisible();
  await expect(membership).toHaveCount(0);
  await expect(erik.getByRole('heading', { level: 1, name: 'Mina organisationer' })).toBeFocused();

  // Anna no longer sees him.
  await anna.reload();
  await expect(anna.getByRole('article', { name: exactly(name) }).getByRole('row', { name: /Anna Lindqvist/ })).toBeVisible();
  await expect(anna.getByRole('article', { name: exactly(name) }).getByRole('row', { name: /Erik Holm/ })).toHaveCount(0);

  await erik.context().close();
  await anna.context().close();
  await api.dispose();
});
