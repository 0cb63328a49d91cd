import { describe, expect, it, vi } from 'vitest';
import { http, mockApi, problemBody, PROBLEM_JSON, TEST_API_URL } from '../../test/api-mock';
import { me } from '../../test/actor-fixtures';
import { SDGS } from '../../test/vocabulary-fixtures';
import { createApiClient, MIN_TOKEN_VALIDITY_SECONDS, type TokenSource } from './api-client';

function tokenSource(overrides: Partial<TokenSource> = {}): TokenSource {
  return { authenticated: true, token: 'old-token', updateToken: vi.fn(() => Promise.resolve(false)), ...overrides };
}

describe('api client', () => {
  it('refreshes the token and sends it as a bearer token', async () => {
    const tokens = tokenSource();
    // A refresh replaces the token: the header must carry the new one.
    tokens.updateToken = vi.fn(() => {
      tokens.token = 'fresh-token';
      return Promise.resolve(true);
    });
    const server = mockApi(http.get('/api/v1/me', ({ response }) => response(200).json(me())));
    const client = createApiClient({ baseUrl: TEST_API_URL, tokens, fetch: server.fetch });

    const { data } = await client.GET('/api/v1/me');

    expect(data).toEqual(me());
    expect(tokens.updateToken).toHaveBeenCalledWith(MIN_TOKEN_VALIDITY_SECONDS);
    expect(server.requests[0]?.headers.get('Authorization')).toBe('Bearer fresh-token');
    expect(server.requests[0]?.url).toBe('http://api.test/api/v1/me');
  });

  it('asks for a fresh token before every request', async () => {
    const tokens = tokenSource();
    const server = mockApi(http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS)));
    const client = createApiClient({ baseUrl: TEST_API_URL, tokens, fetch: server.fetch });

    await client.GET('/api/v1/vocabularies/sdgs');
    await client.GET('/api/v1/vocabularies/sdgs');

    expect(tokens.updateToken).toHaveBeenCalledTimes(2);
    expect(server.requests.map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer old-token',
      'Bearer old-token',
    ]);
  });

  it('sends no token and asks for none without a session', async () => {
    const tokens = tokenSource({ authenticated: false, token: undefined });
    const server = mockApi(http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json(SDGS)));
    const client = createApiClient({ baseUrl: TEST_API_URL, tokens, fetch: server.fetch });

    await client.GET('/api/v1/vocabularies/sdgs');

    expect(tokens.updateToken).not.toHaveBeenCalled();
    expect(server.requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('sends the request without a token when the refresh fails', async () => {
    const tokens = tokenSource({
      updateToken: vi.fn(() => Promise.reject(new Error('refresh token expired'))),
    });
    const server = mockApi(
      http.get('/api/v1/me', ({ response }) => response(401).json(problemBody(401), PROBLEM_JSON)),
    );
    const client = createApiClient({ baseUrl: TEST_API_URL, tokens, fetch: server.fetch });

    const { response } = await client.GET('/api/v1/me');

    expect(response.status).toBe(401);
    expect(server.requests[0]?.headers.has('Authorization')).toBe(false);
  });
});
