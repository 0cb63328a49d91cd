import { createFakeFetch, json, SDGS } from '../../test/fake-fetch';
import type { SearchResult } from './model';

/** The search's answers for the tests, shaped like the API's. */
export const RESULT: SearchResult = {
  items: [
    {
      type: 'RESOURCE',
      id: 'r-1',
      slug: 'testbadd-for-dronare',
      title: { sv: 'Testbädd för drönare' },
      kind: 'TESTBED',
      // As the server writes it: the text escaped, the matches in <mark>.
      snippet: 'Flyg i vår <mark>testbädd</mark> &lt;script&gt;alert(1)&lt;/script&gt;',
      score: 0.9,
    },
    {
      type: 'ACTOR',
      id: 'a-1',
      slug: 'norrsken-lab',
      title: { sv: 'Norrsken Lab' },
      kind: 'COMPANY',
      snippet: 'Vi driver <mark>testbäddar</mark> i Umeå.',
      score: 0.5,
    },
  ],
};

export function server() {
  return createFakeFetch({
    '/api/v1/vocabularies/sdgs': () => json(SDGS),
    '/api/v1/search': () => json(RESULT),
  });
}

export function searchRequests(requests: Request[]) {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/search');
}

