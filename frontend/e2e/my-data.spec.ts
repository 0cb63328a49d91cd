import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  activeOrganisationWithToken,
  createPerson,
  deletePerson,
  expectNoA11yViolations,
  keycloakUserStatus,
  keycloakUsersNamed,
  logInAs,
  passwordGrant,
  tokenFor,
  tokenOf,
  uniqueName,
  type Person,
} from './support';

const API = process.env.DIN_API_URL || 'http://localhost:8080';

/** `person` asks to join an active actor through the API; the request's id. */
async function askToJoin(api: APIRequestContext, person: Person, actorId: string): Promise<string> {
  const asked = await api.post(`${API}/api/v1/actors/${actorId}/join-requests`, {
    headers: { Authorization: `Bearer ${await tokenOf(api, person)}` },
    data: { message: 'Får jag vara med?' },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  return ((await asked.json()) as { id: string }).id;
}

async function membersOf(api: APIRequestContext, token: string, actorId: string) {
  const response = await api.get(`${API}/api/v1/actors/${actorId}/members`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: { subject: string; role: string }[] }).items;
}

async function pendingRequestsOf(api: APIRequestContext, token: string, actorId: string) {
  const response = await api.get(`${API}/api/v1/actors/${actorId}/join-requests`, {
    headers: { Authorization: `Bearer ${token}` },
    params: { status: 'PENDING' },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: { subject: string }[] }).items;
}

// Greta is made for this journey in Keycloak and erased by it: the demo users, whom the other
// journeys need, are never erased.
test('a person downloads their data, is told what blocks erasure, and erases their account for good', async ({ browser, request: api }) => {
  const greta = await createPerson(api, 'Greta');
  const heir = await createPerson(api, 'Henrik');

  try {
    // Greta logs in on Keycloak's page, which makes her known to the platform.
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto('/profile');
    await logInAs(page, greta);
    await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
    await expect(page.getByText(greta.name)).toBeVisible();

    // She owns an organisation (alone), and has asked to join one of anna's.
    const gretaToken = await tokenOf(api, greta);
    const own = await activeOrganisationWithToken(api, gretaToken, uniqueName('Gretas Data'), 'COMPANY', '2480');
    const annas = await activeOrganisationWithToken(api, await tokenFor(api, 'anna'), uniqueName('Annas Labb'), 'COMPANY', '2480');
    await askToJoin(api, greta, annas.id);

    await page.reload();
    const myData = page.getByRole('region', { name: 'Mina data' });
    await expect(myData.getByRole('heading', { level: 2, name: 'Mina data' })).toBeVisible();
    await expectNoA11yViolations(page);

    // The export, fetched with her token and saved under the API's file name.
    const downloading = page.waitForEvent('download');
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/me/export');
    await myData.getByRole('button', { name: 'Ladda ner mina data' }).click();
    const [download, response] = await Promise.all([downloading, answered]);
    expect(download.suggestedFilename()).toMatch(/^din-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    // The name is the API's (CORS lets the SPA read Content-Disposition), not one the SPA made up.
    expect(response.headers()['access-control-expose-headers']).toContain('Content-Disposition');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${download.suggestedFilename()}"`);
    await expect(myData.getByText(`Dina data är nedladdade som ${download.suggestedFilename()}.`)).toBeVisible();
    const exported = JSON.parse(await readFile((await download.path()), 'utf8')) as Record<string, unknown>;
    expect(exported['subject']).toBe(greta.id);
    expect(JSON.stringify(exported['profile'])).toContain(greta.name);
    expect(JSON.stringify(exported['memberships'])).toContain(own.id);
    expect(JSON.stringify(exported['joinRequests'])).toContain(annas.id);

    // Erasing is blocked: she is the only owner of her organisation, which the plan links.
    const erasure = myData.getByRole('region', { name: 'Radera mitt konto' });
    await erasure.getByRole('button', { name: 'Radera mitt konto…' }).click();
    const blocked = erasure.getByRole('alert');
    await expect(blocked).toContainText('du är enda ägare till den här organisationen');
    await expect(blocked.getByRole('link', { name: own.name })).toHaveAttribute('href', `/aktorer/${own.slug}`);
    await expect(erasure.getByText(`${own.name}, som Ägare`)).toBeVisible();
    await expect(erasure.getByText('Din förfrågan om att gå med i en organisation dras tillbaka.')).toBeVisible();
    await expect(erasure.getByRole('button', { name: 'Radera mitt konto för alltid' })).toHaveCount(0);
    await expectNoA11yViolations(page);

    // She makes Henrik an owner too (he asks to join, she lets him in as owner), then checks again.
    const requestId = await askToJoin(api, heir, own.id);
    const approved = await api.post(`${API}/api/v1/actors/${own.id}/join-requests/${requestId}/approve`, {
      headers: { Authorization: `Bearer ${gretaToken}` },
      data: { role: 'OWNER' },
    });
    expect(approved.status(), await approved.text()).toBe(200);
    await blocked.getByRole('button', { name: 'Kontrollera igen' }).click();
    await expect(erasure.getByRole('alert')).toHaveCount(0);
    await expect(erasure.getByText('Det går inte att ångra.')).toBeVisible();
    await expect(erasure.getByText(/finns kvar i ändringsloggen, men under en pseudonym/)).toBeVisible();

    // The button waits for her username, exactly.
    const erase = erasure.getByRole('button', { name: 'Radera mitt konto för alltid' });
    const username = erasure.getByLabel(`Skriv ditt användarnamn, ${greta.username}, för att bekräfta`);
    await expect(erase).toBeDisabled();
    await username.fill(`${greta.username}x`);
    await expect(erase).toBeDisabled();
    await username.fill(greta.username);
    await expect(erase).toBeEnabled();
    await expectNoA11yViolations(page);

    await erase.click();

    // Keycloak's logout brings her to the public page that says the account is gone.
    await expect(page).toHaveURL(/\/konto-raderat$/, { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Ditt konto är raderat' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Logga in' })).toBeVisible();
    await expectNoA11yViolations(page);

    // Keycloak no longer knows her: its admin API finds no such user, and her login fails.
    expect(await keycloakUsersNamed(api, greta.username)).toEqual([]);
    expect(await keycloakUserStatus(api, greta.id)).toBe(404);
    expect((await passwordGrant(api, greta)).status()).toBe(401);
    await page.getByRole('banner').getByRole('button', { name: 'Logga in' }).click();
    await page.locator('#username').fill(greta.username);
    await page.locator('#password').fill(greta.password);
    await page.locator('#kc-login').click();
    await expect(page.locator('#kc-login')).toBeVisible();
    await expect(page.getByText(/Ogiltigt användarnamn eller lösenord|Invalid username or password/)).toBeVisible();

    // Her membership ended and her join request went; Henrik owns the organisation alone.
    const heirToken = await tokenOf(api, heir);
    expect(await membersOf(api, heirToken, own.id)).toEqual([expect.objectContaining({ subject: heir.id, role: 'OWNER' })]);
    expect((await pendingRequestsOf(api, await tokenFor(api, 'anna'), annas.id)).map((r) => r.subject)).not.toContain(greta.id);

    await context.close();
  } finally {
    // Greta is erased by the journey (404 then); Henrik was only needed for it.
    await deletePerson(api, greta);
    await deletePerson(api, heir);
  }
});
