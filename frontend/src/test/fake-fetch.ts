/**
 * @deprecated The old fake API: it matches paths by hand, so a change of openapi.yaml breaks none of
 * the tests that use it. Write new tests with the typed mocks of api-mock.ts (see README.md here);
 * this stays only until the tests being rewritten elsewhere move over.
 */
import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

/** @deprecated use `response(status).json(body)` in an `http` handler of api-mock.ts. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
}

/** @deprecated use `problemBody` of api-mock.ts. */
export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** The API's 503 while the search engine cannot be reached (search and the public catalogue lists). */
/** @deprecated use SEARCH_UNAVAILABLE of api-mock.ts. */
export function searchUnavailable(): Response {
  const response = problem(503, {
    type: 'urn:din:problem:service-unavailable',
    title: 'Service unavailable',
    detail: 'Search is unavailable for a moment. Try again shortly',
  });
  response.headers.set('Retry-After', '5');
  return response;
}

/** A fetch that answers by path and records every request it saw. */
/** @deprecated use `mockApi` of api-mock.ts. */
export function createFakeFetch(routes: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const handler = routes[new URL(request.url).pathname];
    return handler ? handler(request) : problem(404, { title: 'Not Found' });
  });
  return { fetch: fetchFn as unknown as typeof fetch, requests };
}

export const SDGS = {
  items: [
    { number: 1, name: { sv: 'Ingen fattigdom', en: 'No poverty' } },
    { number: 2, name: { sv: 'Ingen hunger', en: 'Zero hunger' } },
    { number: 3, name: { sv: 'God hälsa och välbefinnande', en: '' } },
  ],
};
