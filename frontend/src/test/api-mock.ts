import { getResponse, type RequestHandler } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import { expect, vi } from 'vitest';
import type { components, paths } from '../lib/api/schema';

/**
 * API mocks checked against the contract (see README.md in this folder). Handlers are MSW request
 * handlers made with `http`, which openapi-msw types from openapi.yaml's generated `paths`: a path,
 * method, parameter, request body, status or response body the contract does not have fails `tsc`.
 */

/** Where the tests' API lives (render-app's TEST_CONFIG.apiUrl). */
export const TEST_API_URL = 'http://api.test';

/** `http.get('/api/v1/actors/{id}', ({ params, response }) => response(200).json(...))` */
export const http = createOpenApiHttp<paths>({ baseUrl: TEST_API_URL });

export type Problem = components['schemas']['Problem'];

/** The init that sends a problem with the media type the API sends it with. */
export const PROBLEM_JSON = { headers: { 'Content-Type': 'application/problem+json' } } as const;

/**
 * The init for a status the operation declares only through its `default` response:
 * `response('default').json(problemBody(404), problemInit(404))`.
 */
export function problemInit<S extends number>(status: S) {
  return { ...PROBLEM_JSON, status };
}

const TITLES: Record<number, [string, string]> = {
  400: ['urn:din:problem:validation', 'Bad Request'],
  401: ['urn:din:problem:unauthorized', 'Unauthorized'],
  403: ['urn:din:problem:forbidden', 'Forbidden'],
  404: ['urn:din:problem:not-found', 'Not Found'],
  409: ['urn:din:problem:conflict', 'Conflict'],
  412: ['urn:din:problem:precondition-failed', 'Precondition Failed'],
  429: ['urn:din:problem:too-many-requests', 'Too Many Requests'],
  503: ['urn:din:problem:service-unavailable', 'Service unavailable'],
};

/**
 * A Problem body for `status`, with the API's usual type and title unless given:
 * `response(409).json(problemBody(409, { detail: 'Already asked' }), PROBLEM_JSON)`.
 */
export function problemBody(status: number, fields: Partial<Problem> = {}): Problem {
  const [type, title] = TITLES[status] ?? ['about:blank', `HTTP ${status}`];
  return { type, title, status, ...fields };
}

/** The init of the API's 503 while the search engine cannot be reached (with its Retry-After). */
export const SEARCH_UNAVAILABLE_INIT = {
  headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '5' },
} as const;

/** The init that sends a versioned resource's ETag: `response(200).json(actor, etag(actor.version))`. */
export function etag(version: number) {
  return { headers: { ETag: `"${version}"` } };
}

/** The API's 503 body while the search engine cannot be reached (search and the public lists). */
export const SEARCH_UNAVAILABLE: Problem = problemBody(503, {
  detail: 'Search is unavailable for a moment. Try again shortly',
});

const unhandled: string[] = [];

/**
 * A fetch that answers from `handlers` (the first that matches wins, so put overrides first) and
 * records every request it saw. A request no handler answers is an error: it rejects, and the
 * test fails after it ends (setup.ts), as MSW's onUnhandledRequest: 'error' would.
 */
export function mockApi(...handlers: RequestHandler[]) {
  const list = [...handlers];
  const requests: Request[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    requests.push(request.clone());
    const response = await getResponse(list, request);
    if (response) return response;
    // A page may still be loading after its test ended: name the test that was running.
    const message = `No API mock answers ${request.method} ${request.url} (during "${expect.getState().currentTestName ?? '?'}")`;
    unhandled.push(message);
    throw new Error(message);
  });
  return {
    fetch: fetchFn as unknown as typeof fetch,
    requests,
    /** Adds handlers that win over the ones given so far (for a later step of a test). */
    use(...more: RequestHandler[]) {
      list.unshift(...more);
    },
  };
}

/**
 * For a handler that must not be reached (a request the test expects not to be sent): fails the
 * test after it ends, since MSW would turn a throw in a handler into a 500 the UI may swallow.
 */
export function notExpected(what: string): never {
  unhandled.push(`Not expected: ${what}`);
  throw new Error(`Not expected: ${what}`);
}

/** The requests no mock answered, or answered as not expected, since the last call: setup.ts fails the test when there are any. */
export function takeUnexpectedRequests(): string[] {
  return unhandled.splice(0);
}
