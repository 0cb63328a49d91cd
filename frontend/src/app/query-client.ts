import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api/api-error';

/** Retries only what may pass on a second try: network errors and 5xx, not 4xx answers. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}
