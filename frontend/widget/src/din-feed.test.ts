import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../../src/lib/api/schema';
import { DinFeed } from './define';
import { titleOf } from './din-feed';

type FeedItem = components['schemas']['FeedItem'];

const API = 'https://api.example.se';

function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: '0b7c2d1e-0000-4000-8000-000000000001',
    url: 'https://din.example.se/resurser/seminarium',
    kind: 'EVENT',
    title: 'Seminarium om AI',
    organizer: { name: 'Umeå Science Park', url: 'https://din.example.se/aktorer/usp' },
    tags: [],
    // 08:00 UTC on 1 June is 10:00 in Swedish summer time.
    start: '2026-06-01T08:00:00Z',
    end: '2026-06-01T10:00:00Z',
    place: { name: 'Aula Nordica', municipality: 'Umeå' },
    summary: 'Om maskininlärning i basindustrin.',
    updated: '2026-05-01T08:00:00Z',
    ...overrides,
  };
}

function feedResponse(items: FeedItem[], title = 'Kommande evenemang'): Response {
  return new Response(JSON.stringify({ title, items }), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(feedResponse([item()])));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

function mount(attributes: Record<string, string>): DinFeed {
  const feed = document.createElement('din-feed');
  for (const [name, value] of Object.entries({ api: API, ...attributes })) feed.setAttribute(name, value);
  document.body.append(feed);
  return feed;
}

function shadow(feed: DinFeed): ShadowRoot {
  if (!feed.shadowRoot) throw new Error('no shadow root');
  return feed.shadowRoot;
}

function requestedUrl(call = 0): string {
  const input = fetchMock.mock.calls[call]?.[0];
  return input instanceof Request ? input.url : String(input);
}

async function rendered(feed: DinFeed, part: string): Promise<Element> {
  return vi.waitFor(() => {
    const found = shadow(feed).querySelector(`[part~="${part}"]`);
    if (!found) throw new Error(`no part ${part} yet`);
    return found;
  });
}

describe('<din-feed>', () => {
  it('renders the items into its shadow root, with every part a partner can style', async () => {
    const feed = mount({ feed: 'events', layout: 'cards' });

    const list = await rendered(feed, 'list');

    expect(list.getAttribute('aria-label')).toBe('Kommande evenemang');
    expect(shadow(feed).querySelector('[part="container"]')?.className).toBe('cards');
    const title = shadow(feed).querySelector('[part~="title"]');
    expect(title?.textContent).toBe('Seminarium om AI');
    expect(shadow(feed).querySelector('[part~="place"]')?.textContent).toBe('Aula Nordica, Umeå');
    expect(shadow(feed).querySelector('[part~="organizer"]')?.textContent).toBe('Umeå Science Park');
    expect(shadow(feed).querySelector('[part~="summary"]')?.textContent).toBe('Om maskininlärning i basindustrin.');
    expect(shadow(feed).querySelectorAll('[part~="item"]')).toHaveLength(1);
    // Nothing leaks into the light DOM.
    expect(feed.childNodes).toHaveLength(0);
  });

  it('shows a hostile title as text: no element is created from it', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    fetchMock.mockResolvedValue(feedResponse([item({ title: hostile, summary: '<script>alert(2)</script>' })]));
    const feed = mount({ layout: 'cards' });

    const title = await rendered(feed, 'title');

    expect(title.textContent).toBe(hostile);
    expect(shadow(feed).querySelector('img')).toBeNull();
    expect(shadow(feed).querySelector('script')).toBeNull();
    expect(shadow(feed).querySelector('[part~="summary"]')?.textContent).toBe('<script>alert(2)</script>');
  });

  it('names an item without a title by its kind in words, never by the raw enum', async () => {
    fetchMock.mockResolvedValue(
      feedResponse([item({ title: '', kind: 'TESTBED' }), item({ title: ' ', kind: 'SOMETHING_NEW' })]),
    );
    const feed = mount({ lang: 'en' });

    await rendered(feed, 'title');

    const titles = [...shadow(feed).querySelectorAll('[part~="title"]')].map((title) => title.textContent);
    expect(titles).toEqual(['Testbed', 'Untitled']);
  });

  it('names an untitled item in Swedish by default', () => {
    expect(titleOf(item({ title: '', kind: 'MEETING_PLACE' }), 'sv')).toBe('Mötesplats');
    expect(titleOf(item({ title: '', kind: 'toString' }), 'sv')).toBe('Utan titel');
    expect(titleOf(item({ title: 'Seminarium' }), 'sv')).toBe('Seminarium');
  });

  it('fetches without cookies and without a referrer', async () => {
    mount({});
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.credentials).toBe('omit');
    expect(init?.referrerPolicy).toBe('no-referrer');
    expect(init?.signal).toBeDefined();
  });

  it('builds the feed URL from its attributes, every value percent-encoded', async () => {
    mount({
      api: 'https://api.example.se/',
      feed: 'resources',
      kind: 'EVENT',
      actor: ' 11111111-1111-4111-8111-111111111111   22222222-2222-4222-8222-222222222222 ',
      municipality: '2480',
      county: '24',
      tag: 'a&b c+d/é#?',
      'technology-area': 'AI & data',
      sdg: '9',
      from: '2026-06-01',
      to: '2026-06-30T12:00:00+02:00',
      limit: '900',
      lang: 'en',
    });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));

    expect(requestedUrl()).toBe(
      'https://api.example.se/feeds/v1/resources.json?' +
        'actor=11111111-1111-4111-8111-111111111111&actor=22222222-2222-4222-8222-222222222222' +
        '&kind=EVENT&municipality=2480&county=24&tag=a%26b%20c%2Bd%2F%C3%A9%23%3F&technologyArea=AI%20%26%20data' +
        '&sdg=9&from=2026-06-01&to=2026-06-30T12%3A00%3A00%2B02%3A00&limit=500&lang=en',
    );
  });

  it('takes the language from <html lang> when it has none, else Swedish, and leaves out a limit that is no number', async () => {
    document.documentElement.lang = 'en-GB';
    mount({ limit: 'many' });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(requestedUrl()).toBe(`${API}/feeds/v1/events.json?lang=en`);

    document.documentElement.lang = '';
    mount({ feed: 'testbeds', limit: '5' });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(requestedUrl(1)).toBe(`${API}/feeds/v1/testbeds.json?limit=5&lang=sv`);
  });

  it('shows when an event happens in Swedish time, in the chosen language', async () => {
    const sv = mount({ lang: 'sv' });
    const svDate = await rendered(sv, 'date');
    expect(svDate.tagName).toBe('TIME');
    expect(svDate.getAttribute('datetime')).toBe('2026-06-01T08:00:00.000Z');
    expect(svDate.textContent).toMatch(/^mån 1 juni 2026 10:00.12:00$/);

    const en = mount({ lang: 'en' });
    expect((await rendered(en, 'date')).textContent).toMatch(/^Mon,? 1 Jun 2026,? 10:00.12:00$/);
  });

  it('shows the next occurrence of a series rather than its first', async () => {
    fetchMock.mockResolvedValue(
      feedResponse([item({ occurrences: [{ start: '2026-06-08T08:00:00Z', end: '2026-06-08T10:00:00Z' }] })]),
    );
    const feed = mount({});
    expect((await rendered(feed, 'date')).getAttribute('datetime')).toBe('2026-06-08T08:00:00.000Z');
  });

  it('says so when there is nothing upcoming, in the chosen language', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(feedResponse([])));

    const sv = mount({});
    const empty = await rendered(sv, 'empty');
    expect(empty.textContent).toBe('Inga kommande evenemang');
    expect(empty.getAttribute('role')).toBe('status');
    expect((await rendered(mount({ lang: 'en' }), 'empty')).textContent).toBe('Nothing upcoming');
    expect((await rendered(mount({ feed: 'testbeds' }), 'empty')).textContent).toBe('Inget att visa just nu');
  });

  it('shows a short error, and nothing of the cause, when the feed fails', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('{"title":"Internal Server Error","detail":"java.lang.NullPointerException at Foo.java:12"}', {
        status: 500,
      }),
    );
    const failed = mount({});
    const error = await rendered(failed, 'error');
    expect(error.textContent).toBe('Flödet kunde inte hämtas just nu.');
    expect(shadow(failed).textContent).not.toMatch(/java|Exception|500/);

    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect((await rendered(mount({ lang: 'en' }), 'error')).textContent).toBe('The feed could not be loaded right now.');

    fetchMock.mockResolvedValueOnce(new Response('<html>not json</html>', { status: 200 }));
    await rendered(mount({}), 'error');

    fetchMock.mockResolvedValueOnce(new Response('{"items":"nope"}', { status: 200 }));
    await rendered(mount({}), 'error');
  });

  it('fetches nothing without a usable api or feed, and says so', async () => {
    await rendered(mount({ api: 'javascript:alert(1)' }), 'error');
    await rendered(mount({ feed: 'people' }), 'error');
    const missing = document.createElement('din-feed');
    document.body.append(missing);
    await rendered(missing, 'error');

    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is busy while loading', async () => {
    let respond: (response: Response) => void = () => {};
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => (respond = resolve)));
    const feed = mount({});

    const loading = await rendered(feed, 'loading');
    expect(loading.textContent).toBe('Laddar…');
    const container = shadow(feed).querySelector('[part="container"]');
    expect(container?.getAttribute('aria-busy')).toBe('true');

    respond(feedResponse([item()]));
    await rendered(feed, 'list');
    expect(container?.hasAttribute('aria-busy')).toBe(false);
  });

  it('fetches again when a filter changes, dropping the request still in flight', async () => {
    let respondFirst: (response: Response) => void = () => {};
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => (respondFirst = resolve)));
    const feed = mount({ actor: 'a' });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));

    feed.setAttribute('actor', 'b');
    feed.setAttribute('tag', 'ai');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));

    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
    expect(requestedUrl(1)).toBe(`${API}/feeds/v1/events.json?actor=b&tag=ai&lang=sv`);
    // The late answer to the first request does not overwrite the second.
    respondFirst(feedResponse([item({ title: 'Stale' })]));
    await rendered(feed, 'list');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shadow(feed).querySelector('[part~="title"]')?.textContent).toBe('Seminarium om AI');
  });

  it('changes layout without a new request', async () => {
    const feed = mount({ layout: 'list' });
    await rendered(feed, 'organizer');

    feed.setAttribute('layout', 'compact');

    await vi.waitFor(() => expect(shadow(feed).querySelector('[part="container"]')?.className).toBe('compact'));
    expect(shadow(feed).querySelector('[part~="organizer"]')).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('drops links that are not http or https, and opens the others safely in a new tab', async () => {
    fetchMock.mockResolvedValue(
      feedResponse([
        item({ title: 'Skript', url: 'javascript:alert(1)' }),
        item({ title: 'Data', url: 'data:text/html,<script>alert(1)</script>' }),
        item({ title: 'Relativ', url: '/resurser/x' }),
        item({ title: 'Webb', url: 'https://din.example.se/resurser/webb' }),
      ]),
    );
    const feed = mount({});
    await rendered(feed, 'list');

    const links = [...shadow(feed).querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://din.example.se/resurser/webb');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    const titles = [...shadow(feed).querySelectorAll('[part~="title"]')].map((title) => title.textContent);
    expect(titles).toEqual(['Skript', 'Data', 'Relativ', 'Webb']);
  });

  it('survives being defined twice', async () => {
    vi.resetModules();
    const again = await import('./define');
    vi.resetModules();
    await expect(import('./define')).resolves.toBeDefined();

    expect(again.DinFeed).not.toBe(DinFeed);
    expect(customElements.get('din-feed')).toBe(DinFeed);
  });
});
