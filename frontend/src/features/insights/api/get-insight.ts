import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { InsightFilters } from '../filters';
import type { Envelope, FigureName, FigureRows } from '../model';
import { insightKeys } from './query-keys';

/** Every figure answers the same call: GET /api/v1/insights/<figure> with the filters, an envelope of rows. */
export async function getInsight<F extends FigureName>(client: ApiClient, figure: F, query: InsightFilters): Promise<Envelope<FigureRows[F]>> {
  // The figures share one shape of call, so the path is built from the figure's name, which
  // openapi-fetch cannot check statically; the rows' types come from the generated spec (model.ts).
  const get = client.GET as unknown as (path: string, init: { params: { query: InsightFilters } }) => Promise<{
    data?: Envelope<FigureRows[F]>;
    error?: unknown;
    response: Response;
  }>;
  return unwrap(await get(`/api/v1/insights/${figure}`, { params: { query } }));
}

export function insightQueryOptions<F extends FigureName>(client: ApiClient, figure: F, query: InsightFilters) {
  return queryOptions({
    queryKey: insightKeys.figure(figure, query),
    queryFn: () => getInsight(client, figure, query),
    // The API caches a figure for a minute (Cache-Control); asking sooner gets the same numbers.
    staleTime: 60 * 1000,
  });
}

/** One figure; the previous numbers stay on screen while changed filters load. */
export function useInsight<F extends FigureName>(figure: F, query: InsightFilters) {
  return useQuery({ ...insightQueryOptions(useApiClient(), figure, query), placeholderData: keepPreviousData });
}
