import type { InsightFilters } from '../filters';
import type { CsvFigure } from '../model';

/** Every insights query starts with 'insights'; a figure's key holds its filters, so a change refetches. */
export const insightKeys = {
  all: ['insights'] as const,
  figure: (figure: CsvFigure, filters: InsightFilters) => [...insightKeys.all, figure, filters] as const,
};
