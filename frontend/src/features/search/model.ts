import type { components } from '../../lib/api/schema';

export type SearchHit = components['schemas']['SearchHit'];
export type SearchResult = components['schemas']['SearchResult'];

/**
 * Where a hit's page is: the app layer knows the actor, resource and collaboration pages' URLs,
 * this feature does not. Undefined for a type of hit the SPA has no page for (one the API added
 * later): such a hit is left out rather than linked to the wrong page.
 */
export type HitHref = (hit: SearchHit) => string | undefined;

/** Shorter queries match too much to be worth a request while typing. */
export const MIN_QUERY_LENGTH = 2;
/** How many hits the header's suggestions show; the search page shows the API's most. */
export const SUGGESTIONS = 8;
export const PAGE_HITS = 50;

/** The query as it is sent, or undefined while it is too short to send. */
export function searchableQuery(text: string): string | undefined {
  const q = text.trim();
  return q.length >= MIN_QUERY_LENGTH ? q : undefined;
}
