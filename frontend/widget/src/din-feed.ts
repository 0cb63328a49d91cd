import type { components, paths } from '../../src/lib/api/schema';

type FeedDocument = components['schemas']['FeedDocument'];
type FeedItem = components['schemas']['FeedItem'];
type FeedQuery = NonNullable<paths['/feeds/v1/events{ext}']['get']['parameters']['query']>;
type Language = 'sv' | 'en';

const FEEDS = ['events', 'testbeds', 'resources'];
const LAYOUTS = ['list', 'cards', 'compact'];
const TIME_ZONE = 'Europe/Stockholm';
const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Attributes that pass straight to the feed's query, under the API's own parameter names. */
const FILTERS: ReadonlyArray<readonly [string, keyof FeedQuery]> = [
  ['kind', 'kind'],
  ['municipality', 'municipality'],
  ['county', 'county'],
  ['tag', 'tag'],
  ['technology-area', 'technologyArea'],
  ['sdg', 'sdg'],
  ['access', 'access'],
  ['from', 'from'],
  ['to', 'to'],
];

const TEXTS = {
  sv: {
    loading: 'Laddar…',
    noEvents: 'Inga kommande evenemang',
    nothing: 'Inget att visa just nu',
    error: 'Flödet kunde inte hämtas just nu.',
    CANCELLED: 'Inställt',
    POSTPONED: 'Uppskjutet',
    online: 'Digitalt',
    untitled: 'Utan titel',
  },
  en: {
    loading: 'Loading…',
    noEvents: 'Nothing upcoming',
    nothing: 'Nothing to show right now',
    error: 'The feed could not be loaded right now.',
    CANCELLED: 'Cancelled',
    POSTPONED: 'Postponed',
    online: 'Online',
    untitled: 'Untitled',
  },
} satisfies Record<Language, Record<string, string>>;

/**
 * A resource kind's name, for an item without a title: the feed's kind is the API's enum
 * (TESTBED), which a reader should never see. The same names as the SPA's resourceKind.* texts;
 * the widget is its own small bundle, so it keeps its own copy.
 */
const KIND_NAMES: Record<Language, Record<string, string>> = {
  sv: {
    EVENT: 'Evenemang',
    MEETING_PLACE: 'Mötesplats',
    HORIZON_SCAN: 'Omvärldsanalys',
    RESEARCH_RESULT: 'Forskningsresultat',
    EDUCATION: 'Utbildning',
    PROJECT_OFFICE: 'Projektkontor',
    BUSINESS_DEVELOPMENT_UNIT: 'Affärsutvecklingsenhet',
    LAB: 'Labb',
    TESTBED: 'Testbädd',
    SEMINAR_SERIES: 'Seminarieserie',
  },
  en: {
    EVENT: 'Event',
    MEETING_PLACE: 'Meeting place',
    HORIZON_SCAN: 'Horizon scan',
    RESEARCH_RESULT: 'Research result',
    EDUCATION: 'Education',
    PROJECT_OFFICE: 'Project office',
    BUSINESS_DEVELOPMENT_UNIT: 'Business development unit',
    LAB: 'Lab',
    TESTBED: 'Testbed',
    SEMINAR_SERIES: 'Seminar series',
  },
};

/** An item's title; without one, its kind's name, and an unknown kind gives a neutral word, never the enum. */
export function titleOf(item: FeedItem, lang: Language): string {
  const kind = text(item.kind);
  return text(item.title) || (Object.hasOwn(KIND_NAMES[lang], kind) ? KIND_NAMES[lang][kind]! : TEXTS[lang].untitled);
}

/**
 * Constant text only: no data ever goes into the stylesheet. Everything a partner may change is a
 * custom property (inherited into the shadow tree) or a part.
 */
const CSS = `
:host{display:block;font-family:var(--din-font,inherit);color:var(--din-color,inherit);line-height:1.4}
:host([hidden]){display:none}
ul{list-style:none;margin:0;padding:0;display:grid;gap:var(--din-gap,.75rem)}
li{display:flex;flex-direction:column;gap:.15em;min-width:0}
.cards ul{grid-template-columns:repeat(auto-fill,minmax(min(100%,16rem),1fr))}
.cards li{padding:var(--din-gap,.75rem);border:var(--din-border,1px solid #c8ccd2);border-radius:var(--din-radius,.5rem)}
.compact ul{gap:.3em}
.compact li{flex-direction:row;flex-wrap:wrap;column-gap:.6em}
a{color:var(--din-accent,#0b5cad);text-underline-offset:.15em}
a:focus-visible{outline:2px solid var(--din-accent,#0b5cad);outline-offset:2px}
.t{font-weight:600;overflow-wrap:anywhere}
.d,.s{font-weight:600;color:var(--din-accent,#0b5cad);font-size:.9em}
.compact .d{order:-1}
.m{font-size:.9em;opacity:.85}
.x{margin:0}
p{margin:0}
`;

let sheet: CSSStyleSheet | undefined;

/**
 * One constructed stylesheet shared by every instance: no inline <style>, so a partner page whose
 * Content-Security-Policy forbids inline styles still styles the element. Browsers without
 * constructable stylesheets (and jsdom) get a <style> with the same constant text.
 */
function applyStyles(root: ShadowRoot): void {
  try {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Only web links leave the widget: javascript:, data: and relative URLs are dropped. */
export function safeHref(value: unknown): string | null {
  try {
    const url = new URL(text(value));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function date(value: unknown): Date | null {
  const parsed = new Date(text(value));
  return text(value) && !Number.isNaN(parsed.getTime()) ? parsed : null;
}

/** The element's language: its own lang attribute, else the page's, else Swedish. */
export function languageOf(element: Element): Language {
  const lang = (element.getAttribute('lang') || document.documentElement.lang || '').toLowerCase();
  return lang.startsWith('en') ? 'en' : 'sv';
}

/**
 * The feed URL an element's attributes ask for, or null if api or feed is missing or wrong.
 * Every value is percent-encoded (%20, never +); actor is a space-separated list of ids.
 */
export function feedUrlOf(element: Element, lang: Language): string | null {
  const feed = element.getAttribute('feed') || 'events';
  const api = safeHref(element.getAttribute('api'));
  if (!api || !FEEDS.includes(feed)) return null;
  const query: string[] = [];
  const add = (name: string, value: string) => query.push(`${name}=${encodeURIComponent(value)}`);
  for (const actor of (element.getAttribute('actor') || '').split(/\s+/)) if (actor) add('actor', actor);
  for (const [attribute, parameter] of FILTERS) {
    const value = text(element.getAttribute(attribute));
    if (value) add(parameter, value);
  }
  const limit = Number.parseInt(element.getAttribute('limit') || '', 10);
  if (limit > 0) add('limit', String(Math.min(limit, 500)));
  add('lang', lang);
  return `${api.replace(/\/+$/, '')}/feeds/v1/${feed}.json?${query.join('&')}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  part: string,
  className: string,
  content?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.setAttribute('part', part);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

/** When an item happens, in Swedish time: its next occurrence in the range, else its start. */
function when(item: FeedItem, lang: Language): HTMLTimeElement | null {
  const next = Array.isArray(item.occurrences) ? item.occurrences[0] : undefined;
  const start = date(next?.start ?? item.start);
  if (!start) return null;
  const end = date(next ? next.end : item.end);
  const format = new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(item.allDay === true ? {} : { hour: '2-digit', minute: '2-digit' }),
    timeZone: TIME_ZONE,
  });
  const shown = end && end > start && item.allDay !== true ? format.formatRange(start, end) : format.format(start);
  const time = element('time', 'date', 'd', shown);
  time.setAttribute('datetime', start.toISOString());
  return time;
}

/**
 * `<din-feed>`: the platform's public feed of events, testbeds or resources, for partner
 * websites. Renders into its own shadow root with createElement and textContent only; sends no
 * cookies and no referrer; restyled through --din-* custom properties and ::part().
 */
export class DinFeed extends HTMLElement {
  static readonly observedAttributes = [
    'api', 'feed', 'kind', 'actor', 'municipality', 'county', 'tag', 'technology-area', 'sdg', 'access',
    'from', 'to', 'limit', 'lang', 'layout',
  ];

  readonly #root: HTMLElement;
  #controller: AbortController | undefined;
  #scheduled = false;
  #url: string | undefined;
  #document: FeedDocument | undefined;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    applyStyles(shadow);
    this.#root = element('div', 'container', '');
    shadow.append(this.#root);
  }

  connectedCallback(): void {
    this.#schedule();
  }

  disconnectedCallback(): void {
    // A request still in flight is dropped; a finished one is kept for when the element returns.
    this.#controller?.abort();
    this.#controller = undefined;
  }

  attributeChangedCallback(_name: string, previous: string | null, value: string | null): void {
    if (previous !== value) this.#schedule();
  }

  /** Several attributes set in one go (or by the parser) make one request, not one each. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) void this.#update();
    });
  }

  async #update(): Promise<void> {
    const lang = languageOf(this);
    const url = feedUrlOf(this, lang);
    if (url && url === this.#url && this.#document) {
      // Only the layout changed: no new request.
      this.#render(this.#document, lang);
      return;
    }
    this.#controller?.abort();
    this.#url = url ?? undefined;
    this.#document = undefined;
    if (!url) {
      this.#message('error', TEXTS[lang].error);
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.#root.setAttribute('aria-busy', 'true');
    if (!this.#root.querySelector('ul')) this.#message('loading', TEXTS[lang].loading);
    try {
      const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as Partial<FeedDocument> | null;
      if (!body || !Array.isArray(body.items)) throw new Error('not a feed');
      if (controller.signal.aborted) return;
      this.#document = body as FeedDocument;
      this.#render(this.#document, lang);
    } catch {
      if (controller.signal.aborted) return;
      this.#url = undefined;
      this.#message('error', TEXTS[lang].error);
    } finally {
      if (this.#controller === controller) this.#root.removeAttribute('aria-busy');
    }
  }

  #layout(): string {
    const layout = this.getAttribute('layout') || '';
    return LAYOUTS.includes(layout) ? layout : 'list';
  }

  #message(part: 'loading' | 'empty' | 'error', content: string): void {
    const message = element('p', part, 'x', content);
    if (part !== 'loading') message.setAttribute('role', 'status');
    this.#root.className = this.#layout();
    this.#root.replaceChildren(message);
  }

  #render(feed: FeedDocument, lang: Language): void {
    const layout = this.#layout();
    const texts = TEXTS[lang];
    const items = feed.items.filter((item) => item && typeof item === 'object');
    if (!items.length) {
      this.#message('empty', this.getAttribute('feed') === 'testbeds' || this.getAttribute('feed') === 'resources' ? texts.nothing : texts.noEvents);
      return;
    }
    const list = element('ul', 'list', '');
    const label = text(feed.title);
    if (label) list.setAttribute('aria-label', label);
    for (const item of items) {
      const entry = element('li', 'item', '');
      const title = titleOf(item, lang);
      const href = safeHref(item.url);
      const heading = href ? element('a', 'title', 't', title) : element('span', 'title', 't', title);
      if (href) {
        heading.setAttribute('href', href);
        heading.setAttribute('target', '_blank');
        heading.setAttribute('rel', 'noopener noreferrer');
      }
      entry.append(heading);
      const status = item.eventStatus === 'CANCELLED' || item.eventStatus === 'POSTPONED' ? texts[item.eventStatus] : '';
      if (status) entry.append(element('span', 'status', 's', status));
      const time = when(item, lang);
      if (time) entry.append(time);
      if (layout !== 'compact') {
        const place = item.place && typeof item.place === 'object'
          ? [text(item.place.name), text(item.place.municipality)].filter(Boolean).join(', ')
          : '';
        const where = place || (item.attendanceMode === 'ONLINE' ? texts.online : '');
        if (where) entry.append(element('span', 'place', 'm', where));
        const organizer = text(item.organizer?.name);
        if (organizer) entry.append(element('span', 'organizer', 'm', organizer));
        const summary = text(item.summary);
        if (layout === 'cards' && summary) entry.append(element('p', 'summary', 'm', summary));
      }
      list.append(entry);
    }
    this.#root.className = layout;
    this.#root.replaceChildren(list);
  }
}
