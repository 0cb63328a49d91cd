import { http, mockApi, SEARCH_UNAVAILABLE, SEARCH_UNAVAILABLE_INIT } from '../../test/api-mock';
import { homePageMocks } from '../../test/home-page-mocks';
import { SDGS } from '../../test/vocabulary-fixtures';
import type { SearchHit, SearchResult } from './model';

/** A collaboration hit, among the actors and resources. */
export const COLLABORATION_HIT: SearchHit = {
  type: 'COLLABORATION',
  id: 'c-1',
  slug: 'testbaddar-i-norr',
  title: { sv: 'Testbäddar i norr' },
  kind: 'PROJECT',
  snippet: 'Ett projekt om <mark>testbäddar</mark> för kall miljö.',
  score: 0.4,
};

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
    COLLABORATION_HIT,
  ],
};

const sdgs = http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS));

export function server() {
  return mockApi(
    sdgs,
    ...homePageMocks(),
    http.get('/api/v1/search', ({ response }) => response(200).json(RESULT)),
  );
}

/** A search that answers 503 until `recover()` is called, then the usual hits. */
export function serverDownThenUp() {
  let up = false;
  const api = mockApi(
    sdgs,
    ...homePageMocks(),
    http.get('/api/v1/search', ({ response }) =>
      up ? response(200).json(RESULT) : response(503).json(SEARCH_UNAVAILABLE, SEARCH_UNAVAILABLE_INIT),
    ),
  );
  return {
    ...api,
    recover() {
      up = true;
    },
  };
}

export function searchRequests(requests: Request[]) {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/search');
}
