import type { Language } from '../i18n/languages';
import { fieldErrorMessage, problemDetail, problemMessage } from '../i18n/problem-messages';
import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** A failed API call, carrying the RFC 9457 problem the server sent when it sent one. */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    /** How long the server asked us to wait before trying again (its Retry-After), when it said. */
    readonly retryAfterMs?: number,
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
 * A Retry-After header (RFC 9110 §10.2.3) in milliseconds: delay-seconds or an HTTP date; undefined
 * when absent or unreadable. A browser shows it to the SPA only when the API lists it in CORS'
 * Access-Control-Expose-Headers; without it, callers fall back to their own back-off.
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month ("Mon, 30 Nov 2026 20:00:12 GMT"); Date.parse would
  // take a bare "-5" for a year.
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function apiErrorOf(response: Response, body: unknown): ApiError {
  return new ApiError(response.status, asProblem(body), retryAfterMs(response.headers.get('Retry-After')));
}

/**
 * Turns an openapi-fetch result into its data or an ApiError. Works whatever error responses
 * the spec declares, since any endpoint can fail with a problem+json body.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) {
    return result.data;
  }
  throw apiErrorOf(result.response, result.error);
}

/** For calls that answer 204 No Content: succeeds on any 2xx, else throws like `unwrap`. */
export function expectOk(result: { error?: unknown; response: Response }): void {
  if (!result.response.ok) {
    throw apiErrorOf(result.response, result.error);
  }
}

/** A failed submission's problem, split into messages for the form's own fields and the rest. */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  /** Messages that name no field of the form, and what went wrong when no field says why. */
  general: string[];
}

/**
 * Maps a problem's `errors[].field` (the API's JSON path, e.g. `event.end`) onto a form's fields
 * with `fieldOf`, each message in the user's language from its stable code; undefined when the
 * error is not a problem from the API.
 */
export function formErrorsOf<F extends string>(
  error: unknown,
  fieldOf: (path: string) => F | undefined,
  language: Language,
): FormErrors<F> | undefined {
  if (!(error instanceof ApiError) || !error.problem) return undefined;
  const fields: Partial<Record<F, string>> = {};
  const general: string[] = [];
  for (const fieldError of error.problem.errors ?? []) {
    const target = fieldOf(fieldError.field);
    const message = fieldErrorMessage(fieldError, language);
    if (target && !fields[target]) fields[target] = message;
    else if (!target) general.push(`${fieldError.field}: ${message}`);
  }
  if (Object.keys(fields).length === 0 && general.length === 0) {
    general.push(problemMessage(error.problem, error.status, language));
    const detail = problemDetail(error.problem);
    if (detail) general.push(detail);
  }
  return { fields, general };
}

/**
 * 412 Precondition Failed: the If-Match ETag the page acted on is no longer the server's, so the
 * server changed nothing. Pages then offer a reload instead of a generic error.
 */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/**
 * 503 Service Unavailable: for search and the public catalogue lists, the search engine cannot be
 * reached for a moment (the API says so with a problem and Retry-After), while the rest works.
 * Pages then say so calmly and offer to try again instead of showing a generic error.
 */
export function isServiceUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 503;
}
