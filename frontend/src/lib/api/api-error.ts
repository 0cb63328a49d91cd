import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** A failed API call, carrying the RFC 9457 problem the server sent when it sent one. */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

function asProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const candidate = body as Record<string, unknown>;
  const looksLikeProblem = ['type', 'title', 'status', 'detail'].some(
    (key) => key in candidate,
  );
  return looksLikeProblem ? (candidate as Problem) : undefined;
}

/**
 * Turns an openapi-fetch result into its data or an ApiError. Works whatever error responses
 * the spec declares, since any endpoint can fail with a problem+json body.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) {
    return result.data;
  }
  throw new ApiError(result.response.status, asProblem(result.error));
}

/** For calls that answer 204 No Content: succeeds on any 2xx, else throws like `unwrap`. */
export function expectOk(result: { error?: unknown; response: Response }): void {
  if (!result.response.ok) {
    throw new ApiError(result.response.status, asProblem(result.error));
  }
}
