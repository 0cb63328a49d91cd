import { describe, expect, it } from 'vitest';
import {
  embedUrl,
  feedQuery,
  feedUrl,
  iframeSnippet,
  normalizedLimit,
  webcalUrl,
  widgetAttributes,
  widgetSnippet,
  type FeedFilters,
} from './feed-url';

const API = 'http://api.test';

describe('feedQuery', () => {
  it('is empty without filters, so URLs get no "?"', () => {
    expect(feedQuery({ feed: 'events' })).toBe('');
    expect(feedUrl(API, { feed: 'events' }, 'ics')).toBe('http://api.test/feeds/v1/events.ics');
  });

  it('leaves out empty and blank values', () => {
    const filters: FeedFilters = {
      feed: 'events',
      actor: ['', '  '],
      municipality: '',
      county: '24',
      technologyArea: undefined,
      tag: '   ',
      sdg: '',
      from: '',
      to: '',
      limit: '',
      lang: '',
    };
    expect(feedQuery(filters)).toBe('county=24');
  });

  it('repeats actor once per id and keeps a fixed order', () => {
    expect(
      feedQuery({ feed: 'events', actor: ['a-1', 'b-2'], lang: 'en', limit: '20', municipality: '2480', sdg: '9' }),
    ).toBe('actor=a-1&actor=b-2&municipality=2480&sdg=9&limit=20&lang=en');
  });

  it('percent-encodes every value, a space as %20', () => {
    expect(feedQuery({ feed: 'testbeds', tag: 'AI & data/öppen källkod', technologyArea: 'a+b=c' })).toBe(
      'technologyArea=a%2Bb%3Dc&tag=AI%20%26%20data%2F%C3%B6ppen%20k%C3%A4llkod',
    );
  });

  it('sends from and to for events only', () => {
    const dates = { from: '2030-01-01', to: '2030-02-01' };
    expect(feedQuery({ feed: 'events', ...dates })).toBe('from=2030-01-01&to=2030-02-01');
    expect(feedQuery({ feed: 'testbeds', ...dates })).toBe('');
  });

  it('takes a limit of 1–500, a larger one as 500, and leaves anything else out', () => {
    expect(normalizedLimit('50')).toBe('50');
    expect(normalizedLimit('9000')).toBe('500');
    expect(normalizedLimit('0')).toBeUndefined();
    expect(normalizedLimit('-3')).toBeUndefined();
    expect(normalizedLimit('2.5')).toBeUndefined();
    expect(normalizedLimit('ten')).toBeUndefined();
  });
});

describe('the feed URLs and snippets', () => {
  const filters: FeedFilters = { feed: 'events', actor: ['a-1', 'b-2'], county: '24', technologyArea: 'ai', lang: 'sv' };

  it('builds each format and the iframe page from the same query', () => {
    const query = 'actor=a-1&actor=b-2&county=24&technologyArea=ai&lang=sv';
    expect(feedUrl(`${API}/`, filters, 'ics')).toBe(`${API}/feeds/v1/events.ics?${query}`);
    expect(feedUrl(API, filters, 'rss')).toBe(`${API}/feeds/v1/events.rss?${query}`);
    expect(embedUrl(API, filters, 'cards')).toBe(`${API}/embed/v1/events?${query}&layout=cards`);
    expect(embedUrl(API, { feed: 'testbeds' }, 'list')).toBe(`${API}/embed/v1/testbeds?layout=list`);
  });

  it('offers a calendar as webcal://', () => {
    expect(webcalUrl('https://api.example/feeds/v1/events.ics?county=24')).toBe('webcal://api.example/feeds/v1/events.ics?county=24');
    expect(webcalUrl('http://localhost:8080/feeds/v1/events.ics')).toBe('webcal://localhost:8080/feeds/v1/events.ics');
  });

  it('names the widget attributes as the element does', () => {
    expect(widgetAttributes(API, filters, 'compact')).toEqual([
      ['api', API],
      ['feed', 'events'],
      ['actor', 'a-1 b-2'],
      ['county', '24'],
      ['technology-area', 'ai'],
      ['lang', 'sv'],
      ['layout', 'compact'],
    ]);
  });

  it('writes the versioned script with its integrity, and escapes attribute values', () => {
    const snippet = widgetSnippet(
      'https://din.example',
      { file: '/embed/din-embed-0123456789ab.js', integrity: 'sha384-abc' },
      API,
      { feed: 'testbeds', tag: '"><script>' },
      'list',
    );
    expect(snippet).toBe(
      '<script type="module" src="https://din.example/embed/din-embed-0123456789ab.js" integrity="sha384-abc" crossorigin="anonymous"></script>\n' +
        '<din-feed api="http://api.test" feed="testbeds" tag="&quot;&gt;&lt;script&gt;" layout="list"></din-feed>',
    );
  });

  it('frames the script-free page with a title', () => {
    expect(iframeSnippet(API, { feed: 'events', county: '24' }, 'cards', 'Kommande evenemang')).toBe(
      '<iframe title="Kommande evenemang" src="http://api.test/embed/v1/events?county=24&amp;layout=cards" width="100%" height="600" loading="lazy"></iframe>',
    );
  });
});
