import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api/api-error';

/** How many times a failed read is tried again by itself before the page shows the error. */
const RETRIES = 2;
/** Never wait longer than this between two tries, whatever a server's Retry-After says. */
const MAX_RETRY_DELAY_MS = 30_000;

/** Retries only what may pass on a second try: network errors and 5xx, not 4xx answers. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < RETRIES && !(error instanceof ApiError && error.status < 500);
}

/**
 * Waits as long as the server asked (a 503's Retry-After: the search engine is back in a few seconds),
 * else backs off exponentially from one second, so that an outage is not met with a burst of requests.
 */
export function retryDelay(failureCount: number, error: unknown): number {
  const asked = error instanceof ApiError ? error.retryAfterMs : undefined;
  const delay = asked ?? 1000 * 2 ** failureCount;
  return Math.min(Math.max(delay, 1000), MAX_RETRY_DELAY_MS);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
      },
    },
  });
}
