import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { approveAsModerator, exactly, expectNoA11yViolations, pageFor, registerOrganisation, tokenFor, uniqueName } from './support';

/**
 * The public feeds, read by parsers nobody here wrote: ical.js for the calendar,
 * @rowanmanning/feed-parser for RSS and Atom. Feeds need no login, so only the setup uses a token.
 */

const API = process.env.DIN_API_URL || 'http://localhost:8080';
const ZONE = 'Europe/Stockholm';

/** The 5th of next month (UTC calendar), and the three weeks after it, as YYYY-MM-DD. */
function weeklyDates(): string[] {
  const now = new Date();
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 5);
  return [0, 1, 2, 3].map((week) => new Date(first + week * 7 * 86_400_000).toISOString().slice(0, 10));
}

/** "YYYY-MM-DD HH:mm" of an instant in Swedish time. */
function inStockholm(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** "YYYY-MM-DD HH:mm" of an ical.js time as written (its own zone's wall clock). */
function wallClock(time: ICAL.Time): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.year}-${pad(time.month)}-${pad(time.day)} ${pad(time.hour)}:${pad(time.minute)}`;
}

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent');
  return { calendar, events };
}

/** The first object anywhere in a JSON-LD document whose @type is `type`. */
function findTyped(node: unknown, type: string): Record<string, unknown> | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findTyped(child, type);
      if (found) return found;
    }
  } else if (typeof node === 'object' && node !== null) {
    const object = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(object['@type'] ?? []);
    if (types.includes(type)) return object;
    for (const value of Object.values(object)) {
      const found = findTyped(value, type);
      if (found) return found;
    }
  }
  return undefined;
}

test.describe('the public feeds of an organisation, read by other people\'s parsers', () => {
  const organisation = uniqueName('Flödesbolaget');
  const title = uniqueName('Flödesträff');
  const dates = weeklyDates();
  let actorId = '';
  let eventId = '';
  let slug = '';
  let token = '';
  let input: Record<string, unknown> = {};

  const feed = (extension: string) => `${API}/feeds/v1/events.${extension}?actor=${encodeURIComponent(actorId)}`;

  test.beforeAll(async ({ browser, playwright }, testInfo) => {
    testInfo.setTimeout(120_000);
    const anna = await pageFor(browser, 'anna');
    await registerOrganisation(anna, organisation, { axe: true });
    await anna.context().close();
    await approveAsModerator(browser, organisation, { axe: true });

    const api = await playwright.request.newContext();
    token = await tokenFor(api, 'anna');
    const headers = { Authorization: `Bearer ${token}` };
    const me = await api.get(`${API}/api/v1/me`, { headers });
    expect(me.status()).toBe(200);
    const memberships = ((await me.json()) as { memberships: { actor: { id: string; name: string } }[] }).memberships;
    actorId = memberships.find((membership) => membership.actor.name === organisation)?.actor.id ?? '';
    expect(actorId, `anna is in ${organisation}`).not.toBe('');

    // Weekly, four times, 10:00–11:00 Swedish time (the API takes wall-clock times and a zone).
    input = {
      kind: 'EVENT',
      actorId,
      title: { sv: title },
      summary: { sv: 'En återkommande träff för kalenderflödet.' },
      event: {
        start: `${dates[0]}T10:00:00`,
        end: `${dates[0]}T11:00:00`,
        timeZone: ZONE,
        recurrence: { freq: 'WEEKLY', count: 4 },
        venue: { name: 'Aula Nordica' },
      },
    };
    const created = await api.post(`${API}/api/v1/resources`, { headers, data: input });
    expect(created.status(), await created.text()).toBe(201);
    ({ id: eventId, slug } = (await created.json()) as { id: string; slug: string });
    const published = await api.post(`${API}/api/v1/resources/${eventId}/publish`, { headers });
    expect(published.status(), await published.text()).toBe(200);
    await api.dispose();
  });

  test('the calendar (ical.js): one weekly series at 10:00 Swedish time, a stable UID, a growing SEQUENCE', async ({ request }) => {
    const first = await request.get(feed('ics'));
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toMatch(/^text\/calendar/);
    const { events } = parseCalendar(await first.text());
    expect(events).toHaveLength(1);
    const vevent = events[0]!;
    const event = new ICAL.Event(vevent);

    expect(event.uid).toBe(`${eventId}@digitalimpactnorth.se`);
    expect(event.summary).toBe(title);
    const dtstart = vevent.getFirstProperty('dtstart')!;
    expect(dtstart.getParameter('tzid')).toBe(ZONE);
    expect(wallClock(event.startDate)).toBe(`${dates[0]} 10:00`);
    expect(wallClock(event.endDate)).toBe(`${dates[0]} 11:00`);

    const rrule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rrule.freq).toBe('WEEKLY');
    expect(rrule.count).toBe(4);
    const occurrences: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && occurrences.length < 10; next = iterator.next()) {
      occurrences.push(wallClock(next));
    }
    expect(occurrences).toEqual(dates.map((date) => `${date} 10:00`));
    const sequence = Number(vevent.getFirstPropertyValue('sequence') ?? 0);

    // The same request again: the same series, not a new one.
    const again = parseCalendar(await (await request.get(feed('ics'))).text());
    expect(again.events.map((e) => new ICAL.Event(e).uid)).toEqual([`${eventId}@digitalimpactnorth.se`]);

    // An edit keeps the UID and raises the SEQUENCE, so calendars replace the event.
    const headers = { Authorization: `Bearer ${token}` };
    const current = await request.get(`${API}/api/v1/resources/${eventId}`, { headers });
    expect(current.status()).toBe(200);
    const etag = current.headers()['etag'];
    expect(etag).toBeTruthy();
    const newTitle = `${title} (flyttad sal)`;
    const edited = await request.put(`${API}/api/v1/resources/${eventId}`, {
      headers: { ...headers, 'If-Match': etag! },
      data: { ...input, title: { sv: newTitle } },
    });
    expect(edited.status(), await edited.text()).toBe(200);

    const after = parseCalendar(await (await request.get(feed('ics'))).text());
    expect(after.events).toHaveLength(1);
    const afterEvent = new ICAL.Event(after.events[0]);
    expect(afterEvent.uid).toBe(`${eventId}@digitalimpactnorth.se`);
    expect(afterEvent.summary).toBe(newTitle);
    expect(Number(after.events[0]!.getFirstPropertyValue('sequence'))).toBeGreaterThan(sequence);
  });

  test('the calendar defines the time zone it names, so the times are the right instants', async ({ request }) => {
    const { calendar, events } = parseCalendar(await (await request.get(feed('ics'))).text());
    // RFC 5545 3.2.19: a VTIMEZONE for each TZID used. ical.js resolves DTSTART's zone from them.
    const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid')));
    expect(zones).toContain(ZONE);
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    try {
      const event = new ICAL.Event(parseCalendar(await (await request.get(feed('ics'))).text()).events[0]);
      expect(events).toHaveLength(1);
      const iterator = event.iterator();
      const instants: string[] = [];
      for (let next = iterator.next(); next && instants.length < 10; next = iterator.next()) {
        instants.push(inStockholm(next.toJSDate()));
      }
      expect(instants).toEqual(dates.map((date) => `${date} 10:00`));
    } finally {
      ICAL.TimezoneService.reset();
    }
  });

  test('RSS and Atom (feed-parser): one item with the title and a link to its page', async ({ page, request }) => {
    for (const extension of ['rss', 'atom']) {
      const response = await request.get(feed(extension));
      expect(response.status(), extension).toBe(200);
      const parsed = parseFeed(await response.text());
      expect(parsed.items, extension).toHaveLength(1);
      const item = parsed.items[0]!;
      expect(item.title, extension).toContain(title);
      expect(item.url, extension).toMatch(new RegExp(`^https?://[^/]+/resurser/${slug}$`));
    }
    // The page the item links to: a weekly event's, with its dates and its calendar file.
    await page.goto(`/resurser/${slug}`);
    await expect(page.getByRole('heading', { level: 1, name: exactly(title) })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Kommande tillfällen' }).getByRole('listitem').first()).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('JSON-LD: a schema.org Event with its start in Swedish time', async ({ request }) => {
    const response = await request.get(feed('jsonld'));
    expect(response.status()).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body['@context']).toBe('https://schema.org');
    const event = findTyped(body, 'Event');
    expect(event, JSON.stringify(body)).toBeDefined();
    expect(String(event!.startDate)).toMatch(new RegExp(`^${dates[0]}T10:00(:00)?\\+0[12]:00$`));
  });

  test('caching and CORS: a conditional request gets 304, a preflight from any origin is allowed', async ({ request }) => {
    const first = await request.get(feed('ics'));
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^"/);
    const conditional = await request.get(feed('ics'), { headers: { 'If-None-Match': etag! } });
    expect(conditional.status()).toBe(304);

    const preflight = await request.fetch(feed('json'), {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status()).toBeLessThan(300);
    expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  });
});
