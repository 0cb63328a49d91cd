import { useRuntimeConfig } from '../../lib/config/config-context';
import { useI18n } from '../../lib/i18n/i18n-context';
import { useInsight } from './api/get-insight';
import { csvHref, type InsightFilters } from './filters';
import { formatCount, formatDecimal, formatShare } from './format';
import type { CsvFigure, FigureName } from './model';

/** The CSV link of a figure with the filters on screen. */
export function useCsvHref(figure: CsvFigure, query: InsightFilters): string {
  return csvHref(useRuntimeConfig().apiUrl, figure, query);
}

/** A figure's numbers and its CSV link. */
export function useFigure<F extends FigureName>(figure: F, query: InsightFilters) {
  return { result: useInsight(figure, query), csv: useCsvHref(figure, query) };
}

/** Number formats in the reader's language. */
export function useNumbers() {
  const { language } = useI18n();
  return {
    count: (value: number) => formatCount(value, language),
    share: (value: number) => formatShare(value, language),
    decimal: (value: number) => formatDecimal(value, language),
  };
}
