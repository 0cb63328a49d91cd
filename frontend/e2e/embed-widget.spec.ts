import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import {
  approveAsModerator,
  exactly,
  expectNoA11yViolations,
  pageFor,
  publishEvent,
  registerOrganisation,
  tokenFor,
  uniqueName,
} from './support';

const SPA = process.env.DIN_SPA_URL || 'http://localhost:5173';
const API = process.env.DIN_API_URL || 'http://localhost:8080';

const HOSTILE = '<img src=x onerror=alert(1)>';

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * A partner website: a static server on 127.0.0.1 (another origin, and another site, than the SPA
 * on localhost that serves the widget and the API that serves the feed).
 */
async function startPartnerSite(pages: Record<string, { type: string; body: string; headers?: Record<string, string> }>) {
  const server: Server = createServer((request, response) => {
    const page = pages[(request.url ?? '/').split('?')[0] ?? '/'];
    if (!page) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': page.type, 'Cache-Control': 'no-store', ...page.headers }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** The same server under the name localhost: another origin, but the same site as the API and the SPA. */
    sameSiteUrl: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Fails the test on any alert, console error or uncaught exception on the page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test.describe('a partner website embeds the upcoming events of an organisation', () => {
  const organisation = uniqueName('Widgetbolaget');
  const eventTitle = uniqueName('Widgetdag');
  let actorId = '';

  test.beforeAll(async ({ browser, playwright }, testInfo) => {
    testInfo.setTimeout(120_000);
    // Anna registers an organisation and moa approves it, through the SPA as people do.
    const anna = await pageFor(browser, 'anna');
    await registerOrganisation(anna, organisation);
    await anna.context().close();
    await approveAsModerator(browser, organisation);

    // Two upcoming events for it, through the API with anna's token.
    const api = await playwright.request.newContext();
    const token = await tokenFor(api, 'anna');
    const me = await api.get(`${API}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    const memberships = ((await me.json()) as { memberships: { actor: { id: string; name: string } }[] }).memberships;
    actorId = memberships.find((membership) => membership.actor.name === organisation)?.actor.id ?? '';
    expect(actorId, `anna is in ${organisation}`).not.toBe('');
    await publishEvent(api, token, actorId, HOSTILE, 3);
    await publishEvent(api, token, actorId, eventTitle, 4);
    await api.dispose();
  });

  test('with <din-feed>: the events show, a hostile title is text, and no cookie goes along', async ({ page, request }) => {
    // The versioned file and its SRI hash, as the widget's README tells partners to take them.
    const manifest = await request.get(`${SPA}/embed/din-embed.json`);
    expect(manifest.status()).toBe(200);
    const { file, integrity } = (await manifest.json()) as { file: string; integrity: string };
    expect(file).toMatch(/^\/embed\/din-embed-[0-9a-f]{12}\.js$/);
    expect(integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);

    const partnerPage = (limit: string) => ({
      type: 'text/html; charset=utf-8',
      // No inline styles allowed: the widget's constructed stylesheet must not need them.
      headers: { 'Content-Security-Policy': "style-src 'self'" },
      body: `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>Partnerföreningen</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/partner.css">
  <script type="module" src="${attribute(SPA + file)}" integrity="${attribute(integrity)}" crossorigin="anonymous"></script>
  <!-- The same widget a second time, as "latest": the element is defined once, nothing breaks. -->
  <script type="module" src="${attribute(`${SPA}/embed/din-embed.js`)}" integrity="${attribute(integrity)}" crossorigin="anonymous"></script>
</head>
<body>
  <main>
    <h1>Partnerföreningen</h1>
    <h2>Kommande evenemang</h2>
    <din-feed api="${attribute(API)}" feed="events" actor="${attribute(actorId)}" limit="${limit}" layout="cards"></din-feed>
  </main>
</body>
</html>`,
    });
    const partner = await startPartnerSite({
      '/': partnerPage('50'),
      '/again': partnerPage('20'),
      '/partner.css': {
        type: 'text/css; charset=utf-8',
        body: 'din-feed { --din-accent: rgb(140, 0, 40); } din-feed::part(item) { background-color: rgb(255, 250, 240); }',
      },
    });

    try {
      // A cookie for localhost, where the API and the SPA run, that a careless widget would send along.
      await page.context().addCookies([{ name: 'din_probe', value: 'partner-visit', url: API, sameSite: 'Lax' }]);
      const platform = new Set([new URL(API).origin, new URL(SPA).origin]);
      // Read once a request has finished: only then do its headers include the cookies Chromium sent.
      const sent: Promise<{ url: string; cookie?: string }>[] = [];
      page.on('requestfinished', (request) => {
        if (platform.has(new URL(request.url()).origin)) {
          sent.push(request.allHeaders().then((headers) => ({ url: request.url(), cookie: headers.cookie })));
        }
      });
      const problems = watch(page);

      await page.goto(partner.url);

      const feed = page.locator('din-feed');
      await expect(feed.getByRole('listitem')).toHaveCount(2);
      const link = feed.getByRole('link', { name: exactly(eventTitle) });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('href', /^https?:\/\//);
      await expect(feed.getByRole('link', { name: HOSTILE, exact: true })).toBeVisible();
      await expect(feed.locator('img')).toHaveCount(0);
      await expect(feed.locator('[part~="date"]')).toHaveCount(2);
      await expect(feed.locator('[part~="organizer"]').first()).toHaveText(organisation);
      await expect(feed.locator('[part~="place"]').first()).toHaveText('Aula Nordica');

      // Styled by its own stylesheet despite the page's CSP, and themed by the partner's.
      await expect(feed.getByRole('list')).toHaveCSS('list-style-type', 'none');
      await expect(link).toHaveCSS('color', 'rgb(140, 0, 40)');
      await expect(feed.getByRole('listitem').first()).toHaveCSS('background-color', 'rgb(255, 250, 240)');

      await expectNoA11yViolations(page);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);

      // From 127.0.0.1 the browser would not send a localhost cookie anyway (another site). Served
      // as localhost:<port>, the partner page is the same site as the API and the SPA: a credentialed
      // request would carry the cookie there, so none may.
      await page.goto(`${partner.sameSiteUrl}/again`);
      await expect(feed.getByRole('listitem')).toHaveCount(2);
      await expect(feed.locator('img')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);

      const requests = await Promise.all(sent);
      const urls = requests.map((request) => request.url);
      expect(urls).toContainEqual(`${API}/feeds/v1/events.json?actor=${actorId}&limit=50&lang=sv`);
      expect(urls).toContainEqual(`${API}/feeds/v1/events.json?actor=${actorId}&limit=20&lang=sv`);
      expect(urls).toContainEqual(`${SPA}${file}`);
      expect(urls).toContainEqual(`${SPA}/embed/din-embed.js`);
      expect(requests.filter((request) => request.cookie !== undefined)).toEqual([]);

      // Control: a request from this page that does carry credentials (a frame's navigation) shows
      // the cookie, so the check above would have seen one.
      const control = page.waitForEvent('requestfinished', (request) => request.url().includes('probe=control'));
      await page.evaluate((url) => {
        const frame = document.createElement('iframe');
        frame.title = 'control';
        frame.src = url;
        document.body.append(frame);
      }, `${API}/embed/v1/events?limit=1&probe=control`);
      expect((await (await control).allHeaders()).cookie).toContain('din_probe=partner-visit');
    } finally {
      await partner.close();
    }
  });

  test('without script, in an iframe: the events show and a hostile title is text', async ({ page }) => {
    const partner = await startPartnerSite({
      '/': {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Partnerföreningen</title><link rel="icon" href="data:,"></head>
<body>
  <main>
    <h1>Partnerföreningen</h1>
    <iframe title="Kommande evenemang" width="600" height="500"
      src="${attribute(`${API}/embed/v1/events?actor=${encodeURIComponent(actorId)}&layout=cards`)}"></iframe>
  </main>
</body>
</html>`,
      },
    });

    try {
      const problems = watch(page);
      await page.goto(partner.url);

      const frame = page.frameLocator('iframe[title="Kommande evenemang"]');
      await expect(frame.getByRole('link', { name: exactly(eventTitle) })).toBeVisible();
      await expect(frame.getByText(HOSTILE, { exact: true })).toBeVisible();
      await expect(frame.locator('img')).toHaveCount(0);
      await expect(frame.locator('script')).toHaveCount(0);
      // axe reads the frame too: the API's own page of events, as a partner's visitors get it.
      await expectNoA11yViolations(page);

      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    } finally {
      await partner.close();
    }
  });
});
