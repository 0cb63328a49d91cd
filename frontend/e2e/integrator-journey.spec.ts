import { execFile } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { activeOrganisation, daysAhead, exactly, expectNoA11yViolations, pageFor, uniqueName } from './support';

/**
 * The integrator's journey of issue 10, end to end against the real Keycloak: anna, an owner,
 * creates an API client on her organisation's page and copies its secret; her system gets a
 * client-credentials token from Keycloak and upserts an event by its own id, published; the event
 * is in the public feed and in the changes feed; a webhook she subscribed on the same page
 * delivers to a receiver on loopback, signed as Standard Webhooks says, which this test checks
 * with node:crypto (not with the code that signs).
 */

const API = process.env.DIN_API_URL || 'http://localhost:8080';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** Standard Webhooks 1.0, written here from the specification: v1, base64 HMAC-SHA256 of id.timestamp.body. */
function signedBy(secret: string, delivery: Received): boolean {
  const id = String(delivery.headers['webhook-id'] ?? '');
  const timestamp = String(delivery.headers['webhook-timestamp'] ?? '');
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${delivery.body}`).digest();
  return String(delivery.headers['webhook-signature'] ?? '')
    .split(' ')
    .some((signature) => {
      const [version, value] = signature.split(',');
      const given = Buffer.from(value ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

test.describe('an integrator syncs an event', () => {
  let receiver: Server;
  const deliveries: Received[] = [];

  test.beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        deliveries.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });

  test.afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
  });

  test('API client and webhook from the SPA; token, upsert, public feed, changes feed and a signed delivery', async ({ browser, playwright }) => {
    test.setTimeout(180_000);
    const api = await playwright.request.newContext();
    const name = uniqueName('Kalendersystemet AB');
    const organisation = await activeOrganisation(api, 'anna', name, 'COMPANY', '2480');
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/din`;

    // Anna, an owner, on her organisation's page (the real Keycloak login page).
    const page = await pageFor(browser, 'anna', `/aktorer/${organisation.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: exactly(name) })).toBeVisible();
    const clients = page.getByRole('region', { name: 'API-klienter' });
    await expect(clients.getByText('Organisationen har inga API-klienter än.')).toBeVisible();
    await expectNoA11yViolations(page);

    // She creates an API client; the secret is shown once, in a panel that takes the focus.
    await clients.getByLabel(/^Namn på klienten/).fill('Evenemangskalendern');
    await clients.getByRole('button', { name: 'Skapa API-klient' }).click();
    const secretPanel = clients.getByRole('dialog', { name: 'API-klienten Evenemangskalendern är skapad' });
    await expect(secretPanel).toBeFocused();
    const clientId = await secretPanel.getByRole('textbox', { name: 'Klient-id' }).inputValue();
    const clientSecret = await secretPanel.getByRole('textbox', { name: 'Klienthemlighet' }).inputValue();
    const tokenUrl = await secretPanel.getByRole('textbox', { name: 'Token-URL' }).inputValue();
    const curlExample = await secretPanel.getByRole('textbox', { name: 'Exempel med curl' }).inputValue();
    expect(clientSecret.length).toBeGreaterThanOrEqual(16);
    expect(tokenUrl).toMatch(/\/realms\/din\/protocol\/openid-connect\/token$/);
    await secretPanel.getByRole('button', { name: 'Kopiera Klienthemlighet' }).click();
    await expect(secretPanel.getByText(/^Kopierat|^Kopieringen misslyckades/).first()).toBeVisible();
    await expectNoA11yViolations(page);

    // Closed, the secret is gone from the page for good; the list shows the client as active.
    await secretPanel.getByRole('button', { name: 'Jag har sparat hemligheten, stäng' }).click();
    await expect(secretPanel).toHaveCount(0);
    expect(await page.content()).not.toContain(clientSecret);
    await expect(clients.getByRole('listitem').filter({ hasText: 'Evenemangskalendern' })).toContainText('Aktiv');
    await expect(clients.getByText(clientId)).toBeVisible();

    // She subscribes the receiver to published resources; its signing secret is shown once too.
    const webhooks = page.getByRole('region', { name: 'Webhooks' });
    await webhooks.getByLabel(/^Adress \(URL\)/).fill(hookUrl);
    await webhooks.getByLabel(/En resurs publiceras/).check();
    await webhooks.getByLabel('Beskrivning').fill('Kalenderns mottagare');
    await webhooks.getByRole('button', { name: 'Skapa webhook' }).click();
    const hookPanel = webhooks.getByRole('dialog', { name: `Webhooken till ${hookUrl} är skapad` });
    await expect(hookPanel).toBeFocused();
    const signingSecret = await hookPanel.getByRole('textbox', { name: 'Signeringshemlighet' }).inputValue();
    expect(signingSecret).toMatch(/^whsec_/);
    await expectNoA11yViolations(page);
    await hookPanel.getByRole('button', { name: 'Jag har sparat hemligheten, stäng' }).click();
    await expect(webhooks.getByRole('listitem').filter({ hasText: hookUrl })).toContainText('Aktiv');

    // Her system: a client-credentials token from Keycloak, by the panel's own curl example run as copied.
    const tokenAnswer = await new Promise<string>((resolve, reject) =>
      execFile('bash', ['-c', curlExample], { timeout: 30_000 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    const token = (JSON.parse(tokenAnswer) as { access_token: string }).access_token;
    expect(token).toMatch(/^ey/);
    const auth = { Authorization: `Bearer ${token}` };
    const me = await api.get(`${API}/api/v1/me`, { headers: auth });
    expect(((await me.json()) as { roles: string[] }).roles).toContain('integrator');

    // The event, upserted by the system's own id and published in the same call.
    const title = uniqueName('Integrationsfrukost');
    const upserted = await api.put(`${API}/api/v1/actors/${organisation.id}/resources/by-external-id/kal-4711`, {
      headers: auth,
      data: {
        status: 'PUBLISHED',
        resource: {
          kind: 'EVENT',
          actorId: organisation.id,
          title: { sv: title },
          summary: { sv: 'Synkad från kalendersystemet.' },
          event: { start: daysAhead(12, '08:00:00'), end: daysAhead(12, '09:30:00'), venue: { name: 'Aula Nordica' } },
        },
      },
    });
    expect(upserted.status(), await upserted.text()).toBe(201);
    const event = (await upserted.json()) as { id: string; status: string; externalId: string };
    expect(event).toMatchObject({ status: 'PUBLISHED', externalId: 'kal-4711' });

    // In the public feed, for anyone.
    const feed = await api.get(`${API}/feeds/v1/events.json?actor=${organisation.id}`);
    expect(feed.status()).toBe(200);
    expect(((await feed.json()) as { items: { title: string }[] }).items.map((item) => item.title)).toEqual([title]);

    // In the changes feed, followed from the start with its cursors.
    await expect
      .poll(
        async () => {
          const seen: string[] = [];
          let cursor = '';
          for (let page = 0; page < 100; page++) {
            const response = await api.get(`${API}/api/v1/changes?types=resource&limit=1000${cursor ? `&since=${encodeURIComponent(cursor)}` : ''}`);
            expect(response.status(), await response.text()).toBe(200);
            const body = (await response.json()) as { items: { type: string; id: string; change: string }[]; nextCursor: string; hasMore: boolean };
            seen.push(...body.items.filter((item) => item.id === event.id).map((item) => `${item.type}:${item.change}`));
            cursor = body.nextCursor;
            if (!body.hasMore) break;
          }
          return seen;
        },
        { timeout: 30_000 },
      )
      .toContain('resource:upsert');

    // The receiver got the publication, signed with the secret the SPA showed.
    await expect
      .poll(() => deliveries.filter((delivery) => delivery.body.includes(event.id)).length, { timeout: 60_000, intervals: [1_000] })
      .toBeGreaterThan(0);
    const delivery = deliveries.find((candidate) => candidate.body.includes(event.id))!;
    expect(delivery.headers['webhook-id']).toMatch(/\S/);
    expect(Math.abs(Date.now() / 1000 - Number(delivery.headers['webhook-timestamp']))).toBeLessThan(300);
    expect(signedBy(signingSecret, delivery)).toBe(true);
    expect(signedBy('whsec_' + Buffer.from('another secret entirely').toString('base64'), delivery)).toBe(false);
    expect(signedBy(signingSecret, { ...delivery, body: delivery.body.replace(event.id, '00000000-0000-0000-0000-000000000000') })).toBe(false);
    expect(JSON.parse(delivery.body)).toMatchObject({ type: 'resource.published', data: { id: event.id } });

    // The delivery log on the page says it was delivered.
    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Webhooks' });
    await reloaded.getByRole('button', { name: `Leveranser till ${hookUrl}` }).click();
    const log = reloaded.getByRole('table', { name: `Leveranser till ${hookUrl}, senaste först` });
    await expect(log.getByRole('row').filter({ hasText: 'resource.published' }).first()).toContainText('Levererad');
    await expectNoA11yViolations(page);

    await page.context().close();
    await api.dispose();
  });
});
