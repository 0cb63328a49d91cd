/**
 * The public feeds' URLs (see "Public feeds" in the top README), built in one place so that every
 * snippet on the feed builder page asks for the same thing.
 */

export const FEEDS = ['events', 'testbeds'] as const;
export type Feed = (typeof FEEDS)[number];

export const LAYOUTS = ['list', 'cards', 'compact'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const FEED_LANGUAGES = ['sv', 'en'] as const;
export type FeedLanguage = (typeof FEED_LANGUAGES)[number];

/** The API's largest `limit`. */
export const LIMIT_MAX = 500;

export interface FeedFilters {
  feed: Feed;
  /** Actor ids (publisher or co-organiser); each goes as its own `actor=`. */
  actor?: readonly string[];
  municipality?: string;
  county?: string;
  technologyArea?: string;
  tag?: string;
  sdg?: string;
  /** A date (events only). */
  from?: string;
  to?: string;
  limit?: string;
  lang?: FeedLanguage | '';
}

export type FeedFormat = 'json' | 'ics' | 'rss' | 'atom' | 'jsonld';

/** The filters as the API's query parameters, in a fixed order, empty ones left out. */
export function feedParams(filters: FeedFilters): [string, string][] {
  const params: [string, string][] = [];
  const add = (name: string, value: string | undefined) => {
    const trimmed = value?.trim();
    if (trimmed) params.push([name, trimmed]);
  };
  for (const actor of filters.actor ?? []) add('actor', actor);
  add('municipality', filters.municipality);
  add('county', filters.county);
  add('technologyArea', filters.technologyArea);
  add('tag', filters.tag);
  add('sdg', filters.sdg);
  if (filters.feed === 'events') {
    add('from', filters.from);
    add('to', filters.to);
  }
  add('limit', normalizedLimit(filters.limit));
  add('lang', filters.lang);
  return params;
}

/** A whole number 1–500 (larger taken as 500), as the widget reads it; anything else is left out. */
export function normalizedLimit(limit: string | undefined): string | undefined {
  const text = limit?.trim() ?? '';
  if (!/^\d+$/.test(text)) return undefined;
  const number = Number(text);
  if (number < 1) return undefined;
  return String(Math.min(number, LIMIT_MAX));
}

/** `a=1&b=2`, every name and value percent-encoded (a space as %20, not +); empty without filters. */
export function feedQuery(filters: FeedFilters, extra: [string, string][] = []): string {
  return [...feedParams(filters), ...extra]
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
}

function withQuery(url: string, query: string): string {
  return query ? `${url}?${query}` : url;
}

function base(apiUrl: string): string {
  return apiUrl.replace(/\/+$/, '');
}

/** `${apiUrl}/feeds/v1/<feed>.<format>?…` (an .ics is for events only, but the API decides). */
export function feedUrl(apiUrl: string, filters: FeedFilters, format: FeedFormat): string {
  return withQuery(`${base(apiUrl)}/feeds/v1/${filters.feed}.${format}`, feedQuery(filters));
}

/** The script-free page for an `<iframe>`: `${apiUrl}/embed/v1/<feed>?…&layout=…`. */
export function embedUrl(apiUrl: string, filters: FeedFilters, layout: Layout): string {
  return withQuery(`${base(apiUrl)}/embed/v1/${filters.feed}`, feedQuery(filters, [['layout', layout]]));
}

/** The same calendar for apps that subscribe on a webcal:// link. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}

/**
 * The attributes of `<din-feed>` (widget/README.md): the API's filters under the element's names
 * (`technology-area`, actors separated by spaces), `layout` last.
 */
export function widgetAttributes(apiUrl: string, filters: FeedFilters, layout: Layout): [string, string][] {
  const attributes: [string, string][] = [
    ['api', base(apiUrl)],
    ['feed', filters.feed],
  ];
  const actors = (filters.actor ?? []).map((actor) => actor.trim()).filter(Boolean);
  if (actors.length > 0) attributes.push(['actor', actors.join(' ')]);
  for (const [name, value] of feedParams(filters)) {
    if (name === 'actor') continue;
    attributes.push([name === 'technologyArea' ? 'technology-area' : name, value]);
  }
  attributes.push(['layout', layout]);
  return attributes;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedManifest {
  /** `/embed/din-embed-<hash>.js`, on the SPA's origin. */
  file: string;
  integrity: string;
}

/** What a partner pastes: the versioned widget with its SRI hash, then the element. */
export function widgetSnippet(
  spaOrigin: string,
  manifest: EmbedManifest,
  apiUrl: string,
  filters: FeedFilters,
  layout: Layout,
): string {
  const src = new URL(manifest.file, spaOrigin).href;
  const attributes = widgetAttributes(apiUrl, filters, layout)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return (
    `<script type="module" src="${escapeAttribute(src)}" integrity="${escapeAttribute(manifest.integrity)}" crossorigin="anonymous"></script>\n` +
    `<din-feed${attributes}></din-feed>`
  );
}

/** For sites that cannot run a script. */
export function iframeSnippet(apiUrl: string, filters: FeedFilters, layout: Layout, title: string): string {
  return `<iframe title="${escapeAttribute(title)}" src="${escapeAttribute(embedUrl(apiUrl, filters, layout))}" width="100%" height="600" loading="lazy"></iframe>`;
}
