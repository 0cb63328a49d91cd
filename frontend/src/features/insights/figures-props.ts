import { isMessageKey, type MessageKey, type MessageParams } from '../../lib/i18n/messages';
import type { InsightFilters } from './filters';

/** What every figure gets: the API query of the filters on screen. */
export interface FigureProps {
  query: InsightFilters;
}

/** A label of an API value ("sector.PUBLIC"), or the value itself when the catalogue has no word for it yet. */
export function labelOf(t: (key: MessageKey, params?: MessageParams) => string, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}
