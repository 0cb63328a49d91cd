import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

const API = process.env.DIN_API_URL || 'http://localhost:8080';
const KEYCLOAK = process.env.DIN_KEYCLOAK_URL || 'http://localhost:8180';

/** The impacts that fail a journey: everything but "minor" (axe's impacts are minor, moderate, serious, critical). */
const FAILING_IMPACTS = new Set(['moderate', 'serious', 'critical']);

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One line per violated rule: what it is, how bad, where, and where axe explains the fix. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
      return `${violation.id} (${violation.impact}): ${violation.help}\n    at ${targets}\n    see ${violation.helpUrl}`;
    })
    .join('\n');
}

/**
 * axe's findings of impact moderate or worse on the page as it shows now, with the rules axe runs by
 * default (WCAG 2.0–2.2 A and AA plus its best practices). No rule is switched off and nothing is
 * left out of the page: a finding is fixed where it is, or named here with a selector and a reason.
 */
export async function a11yViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
}

/**
 * Fails on every axe violation of impact moderate or worse ({@link a11yViolations}), naming the rule,
 * the impact, the elements and the help page. Call it wherever a journey shows something new: a
 * page, a dialog or menu opened, a form's errors. The check is soft: the journey goes on, so one run
 * lists every finding of the journey rather than the first.
 */
export async function expectNoA11yViolations(page: Page) {
  const failing = await a11yViolations(page);
  expect.soft(failing.map((violation) => violation.id), `axe on ${page.url()}:\n${describeViolations(failing)}`).toEqual([]);
}

/**
 * A link of the site navigation. On a phone the links are folded behind the menu button, which
 * this opens first, as a person would; on a wide screen the button is hidden and the links show.
 */
export async function siteNavLink(page: Page, name: string) {
  const nav = page.getByRole('navigation');
  const toggle = nav.getByRole('button', { name: /^(Meny|Menu)$/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return nav.getByRole('link', { name });
}

/**
 * Logs in on Keycloak's own page from wherever the page is, and comes back there. The demo users'
 * passwords equal their names; a wrong one would count towards Keycloak's brute-force lockout.
 */
export async function logIn(page: Page, username: 'anna' | 'moa' | 'erik' | 'adam') {
  await logInAs(page, { username, password: username });
}

/** {@link logIn} with any person's credentials (a {@link createPerson} of a journey's own). */
export async function logInAs(page: Page, person: { username: string; password: string }) {
  const banner = page.getByRole('banner');
  // The button appears once keycloak-js's silent check-sso has finished.
  await banner.getByRole('button', { name: 'Logga in' }).click();
  await page.locator('#username').fill(person.username);
  await page.locator('#password').fill(person.password);
  await page.locator('#kc-login').click();
  await expect(banner.getByRole('button', { name: 'Logga ut' })).toBeVisible();
}

/** A page in a browser context of its own, so that each person has their own Keycloak session. */
export async function pageFor(browser: Browser, username?: 'anna' | 'moa' | 'erik' | 'adam', path = '/') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  if (username) await logIn(page, username);
  return page;
}

/** A name no other journey uses, so that journeys stay independent (and survive a reused database). */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}`;
}

/**
 * A word no other run uses, of letters only, so that search treats it as one plain word (the time
 * in base 36 with its digits as letters: runs a second apart differ in their last letters).
 */
export function uniqueWord(): string {
  return `dr${Date.now()
    .toString(36)
    .replace(/\d/g, (digit) => 'qwxzjvkygh'[Number(digit)]!)}`;
}

export function exactly(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Registers an organisation through the form and returns the path of its page (pending). */
export async function registerOrganisation(page: Page, name: string, options: { axe?: boolean } = {}) {
  await (await siteNavLink(page, 'Aktörer')).click();
  await page.getByRole('link', { name: 'Registrera din organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrera din organisation' })).toBeVisible();

  await page.getByLabel(/^Namn/).fill(name);
  await page.getByLabel(/^Typ av aktör/).selectOption({ label: 'Företag' });
  await page.getByLabel(/^Organisationsnummer/).fill('556036-079');
  await page.getByLabel('Webbplats').fill('https://example.se/');
  await page.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Umeå kommun' });
  await page.getByLabel('Artificiell intelligens').check();
  await page.getByLabel('Kompetenser').fill('Maskininlärning,  Datorseende ');
  await page.getByLabel('Beskrivning på svenska').fill('Vi bygger **AI** för basindustrin i norr.');
  if (options.axe) await expectNoA11yViolations(page);

  // The organisation number lacks a digit: the form says so before anything is sent.
  await page.getByRole('button', { name: 'Skicka för granskning' }).click();
  const orgNumber = page.getByLabel(/^Organisationsnummer/);
  await expect(orgNumber).toHaveAttribute('aria-invalid', 'true');
  await expect(orgNumber).toBeFocused();
  if (options.axe) await expectNoA11yViolations(page);
  // Organisation numbers are unique and every journey registers one organisation: leave it out.
  await orgNumber.fill('');

  await page.getByRole('button', { name: 'Skicka för granskning' }).click();

  await expect(page.getByRole('heading', { level: 1, name: exactly(name) })).toBeVisible();
  await expect(page.getByText('En moderator granskar den innan den syns i katalogen.')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Moa, a moderator, approves a pending organisation from the moderation queue. */
export async function approveAsModerator(browser: Browser, name: string, options: { axe?: boolean } = {}) {
  const page = await pageFor(browser, 'moa');
  // The menu offers moderation to moderators only.
  await (await siteNavLink(page, 'Moderering')).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moderering' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: exactly(name) }) });
  await expect(item).toBeVisible();
  if (options.axe) await expectNoA11yViolations(page);

  await item.getByLabel('Motivering (valfri)').fill('Verksamheten finns i regionen.');
  await item.getByRole('button', { name: `Godkänn ${name}` }).click();

  await expect(page.getByText(`${name} är godkänd och syns nu i katalogen.`)).toBeVisible();
  await expect(item).toHaveCount(0);
  await page.context().close();
}

/** A local date-time `days` from now at `time`, as the API takes event times (wall clock, no zone). */
export function daysAhead(days: number, time: string): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${date.toISOString().slice(0, 10)}T${time}`;
}

/** A token from the development-only password-grant client (as in keycloak/README.md). */
export async function tokenFor(api: APIRequestContext, username: 'anna' | 'moa' | 'erik'): Promise<string> {
  return tokenOf(api, { username, password: username });
}

/** {@link tokenFor} with any person's credentials. */
export async function tokenOf(api: APIRequestContext, person: { username: string; password: string }): Promise<string> {
  const response = await passwordGrant(api, person);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Keycloak's answer to a password grant of the development client: 200 with tokens, 401 when the login fails. */
export function passwordGrant(api: APIRequestContext, person: { username: string; password: string }) {
  return api.post(`${KEYCLOAK}/realms/din/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'din-dev-cli', username: person.username, password: person.password },
  });
}

/** A person of the realm `din` made for one journey, who may be changed or erased without touching the demo users. */
export interface Person {
  /** Keycloak's user id: the subject of the person's tokens. */
  id: string;
  username: string;
  password: string;
  name: string;
  email: string;
}

/**
 * A token of the test Keycloak's bootstrap administrator (realm master, as ./din starts it:
 * DIN_KEYCLOAK_ADMIN / DIN_KEYCLOAK_ADMIN_PASSWORD, admin / admin by default), for its admin REST API.
 */
async function keycloakAdminToken(api: APIRequestContext): Promise<string> {
  const response = await api.post(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    form: {
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.DIN_KEYCLOAK_ADMIN || 'admin',
      password: process.env.DIN_KEYCLOAK_ADMIN_PASSWORD || 'admin',
    },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/**
 * A new person in the realm `din` through Keycloak's admin REST API, with a complete profile (so that
 * the first login asks for nothing more) and the realm's default roles (member).
 */
export async function createPerson(api: APIRequestContext, firstName: string): Promise<Person> {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const username = `${firstName.toLowerCase()}-${suffix}`;
  const password = `pw-${suffix}-${Math.random().toString(36).slice(2)}`;
  const lastName = 'Testsson';
  const email = `${username}@example.se`;
  const created = await api.post(`${KEYCLOAK}/admin/realms/din/users`, {
    headers: { Authorization: `Bearer ${await keycloakAdminToken(api)}` },
    data: {
      username,
      firstName,
      lastName,
      email,
      emailVerified: true,
      enabled: true,
      credentials: [{ type: 'password', value: password, temporary: false }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = (created.headers()['location'] ?? '').split('/').pop() ?? '';
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return { id, username, password, name: `${firstName} ${lastName}`, email };
}

/** The users of the realm `din` whose username is exactly `username`, as Keycloak's admin REST API finds them. */
export async function keycloakUsersNamed(api: APIRequestContext, username: string): Promise<{ id: string; username: string }[]> {
  const response = await api.get(`${KEYCLOAK}/admin/realms/din/users`, {
    headers: { Authorization: `Bearer ${await keycloakAdminToken(api)}` },
    params: { username, exact: 'true' },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { id: string; username: string }[];
}

/** The status Keycloak's admin REST API answers for one user of the realm `din` (404: there is none). */
export async function keycloakUserStatus(api: APIRequestContext, id: string): Promise<number> {
  const response = await api.get(`${KEYCLOAK}/admin/realms/din/users/${id}`, {
    headers: { Authorization: `Bearer ${await keycloakAdminToken(api)}` },
  });
  return response.status();
}

/** Removes a journey's own person from Keycloak at its end (never a demo user). */
export async function deletePerson(api: APIRequestContext, person: Person) {
  const response = await api.delete(`${KEYCLOAK}/admin/realms/din/users/${person.id}`, {
    headers: { Authorization: `Bearer ${await keycloakAdminToken(api)}` },
  });
  expect([204, 404], await response.text()).toContain(response.status());
}

/**
 * An active organisation of `owner`'s, through the API (the owner registers, moa approves): for
 * journeys about something else, which need not walk through the registration form again.
 */
export async function activeOrganisation(
  api: APIRequestContext,
  owner: 'anna' | 'erik',
  name: string,
  kind: string,
  municipalityCode: string,
): Promise<{ id: string; slug: string; name: string }> {
  return activeOrganisationWithToken(api, await tokenFor(api, owner), name, kind, municipalityCode);
}

/** {@link activeOrganisation} registered with any owner's token. */
export async function activeOrganisationWithToken(
  api: APIRequestContext,
  ownerToken: string,
  name: string,
  kind: string,
  municipalityCode: string,
): Promise<{ id: string; slug: string; name: string }> {
  const created = await api.post(`${API}/api/v1/actors`, {
    headers: { Authorization: `Bearer ${ownerToken}` },
    data: { name, kind, municipalityCode },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  const approved = await api.post(`${API}/api/v1/actors/${id}/approve`, {
    headers: { Authorization: `Bearer ${await tokenFor(api, 'moa')}`, 'If-Match': created.headers()['etag'] ?? '' },
    data: { reason: 'Verksamheten finns i regionen.' },
  });
  expect(approved.status(), await approved.text()).toBe(200);
  return { id, slug, name };
}

/** An active company of anna's in Umeå; its id. */
export async function activeOrganisationOfAnna(api: APIRequestContext, name: string): Promise<string> {
  return (await activeOrganisation(api, 'anna', name, 'COMPANY', '2480')).id;
}

/** Creates and publishes an event of an actor, `days` from now, 10 to 12. */
export async function publishEvent(api: APIRequestContext, token: string, actorId: string, title: string, days: number) {
  const headers = { Authorization: `Bearer ${token}` };
  const created = await api.post(`${API}/api/v1/resources`, {
    headers,
    data: {
      kind: 'EVENT',
      actorId,
      title: { sv: title },
      summary: { sv: 'Ett evenemang för partnersidans widget.' },
      event: { start: daysAhead(days, '10:00:00'), end: daysAhead(days, '12:00:00'), venue: { name: 'Aula Nordica' } },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await api.post(`${API}/api/v1/resources/${id}/publish`, { headers });
  expect(published.status(), await published.text()).toBe(200);
}

/**
 * A public collaboration through the API: `lead`'s actor starts it, `partner`'s actor is invited and
 * accepts (two participants that count), then the lead publishes it. Its id and slug.
 */
export async function publicCollaboration(
  api: APIRequestContext,
  lead: { owner: 'anna' | 'erik'; actorId: string },
  partner: { owner: 'anna' | 'erik'; actorId: string },
  data: { title: string; summary: string; kind: string },
): Promise<{ id: string; slug: string }> {
  const leadHeaders = { Authorization: `Bearer ${await tokenFor(api, lead.owner)}` };
  const created = await api.post(`${API}/api/v1/collaborations`, {
    headers: leadHeaders,
    data: {
      leadActorId: lead.actorId,
      kind: data.kind,
      status: 'ACTIVE',
      title: { sv: data.title },
      summary: { sv: data.summary },
      startDate: '2026-01-01',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  const invited = await api.post(`${API}/api/v1/collaborations/${id}/participants`, {
    headers: leadHeaders,
    data: { actorId: partner.actorId, role: 'PARTNER' },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const accepted = await api.post(`${API}/api/v1/collaborations/${id}/participants/${partner.actorId}/accept`, {
    headers: { Authorization: `Bearer ${await tokenFor(api, partner.owner)}` },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  const current = await api.get(`${API}/api/v1/collaborations/${id}`, { headers: leadHeaders });
  const published = await api.post(`${API}/api/v1/collaborations/${id}/publish`, {
    headers: { ...leadHeaders, 'If-Match': current.headers()['etag'] ?? '' },
  });
  expect(published.status(), await published.text()).toBe(200);
  return { id, slug };
}

/** The Swedish titles the API's search finds for `q` (none while it answers an error). */
async function titlesFound(api: APIRequestContext, q: string): Promise<string[]> {
  const response = await api.get(`${API}/api/v1/search`, { params: { q } });
  if (!response.ok()) return [];
  const result = (await response.json()) as { items: { title: { sv?: string } }[] };
  return result.items.map((hit) => hit.title.sv ?? '');
}

/**
 * Waits until the API's search finds every one of `titles` for `q`. The search engine's index
 * follows the database a moment later (through an outbox), and the SPA's search field asks once
 * per pause in typing: a journey that searches for what it has just published waits here first
 * rather than race the indexing.
 */
export async function untilSearchFinds(api: APIRequestContext, q: string, titles: string[]) {
  await expect.poll(() => titlesFound(api, q), { timeout: 15_000 }).toEqual(expect.arrayContaining(titles));
}
