import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api/api-error';
import { createQueryClient, retryDelay, shouldRetry } from './query-client';

describe('the query client', () => {
  it('retries network errors and 5xx twice, never a 4xx', () => {
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, undefined, 5000))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, undefined, 5000))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, undefined))).toBe(false);
  });

  it('waits as long as Retry-After asks, within bounds, else backs off exponentially', () => {
    expect(retryDelay(0, new ApiError(503, undefined, 5000))).toBe(5000);
    expect(retryDelay(1, new ApiError(503, undefined, 5000))).toBe(5000);
    expect(retryDelay(0, new ApiError(503, undefined, 0))).toBe(1000);
    expect(retryDelay(0, new ApiError(503, undefined, 3_600_000))).toBe(30_000);
    expect(retryDelay(0, new ApiError(503, undefined))).toBe(1000);
    expect(retryDelay(1, new TypeError('Failed to fetch'))).toBe(2000);
    expect(retryDelay(10, new TypeError('Failed to fetch'))).toBe(30_000);
  });

  describe('while the search engine answers 503 with Retry-After: 5', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('asks again only after five seconds each time, then gives up with the error', async () => {
      const client = createQueryClient();
      const search = vi.fn(() => Promise.reject(new ApiError(503, undefined, 5000)));
      const result = client.fetchQuery({ queryKey: ['search', 'testbädd'], queryFn: search }).catch((error: unknown) => error);

      await vi.advanceTimersByTimeAsync(0);
      expect(search).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(4999);
      expect(search).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(search).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(5000);
      expect(search).toHaveBeenCalledTimes(3);
      expect(await result).toMatchObject({ status: 503 });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(search).toHaveBeenCalledTimes(3);
    });
  });
});
