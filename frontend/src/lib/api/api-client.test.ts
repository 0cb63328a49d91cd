import { describe, expect, it, vi } from 'vitest';
import { createFakeFetch, json, SDGS } from '../../test/fake-fetch';
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
    const server = createFakeFetch({
      '/api/v1/me': () => json({ subject: 's-1', roles: ['member'] }),
    });
    const client = createApiClient({ baseUrl: 'http://api.test', tokens, fetch: server.fetch });

    const { data } = await client.GET('/api/v1/me');

    expect(data).toEqual({ subject: 's-1', roles: ['member'] });
    expect(tokens.updateToken).toHaveBeenCalledWith(MIN_TOKEN_VALIDITY_SECONDS);
    expect(server.requests[0]?.headers.get('Authorization')).toBe('Bearer fresh-token');
    expect(server.requests[0]?.url).toBe('http://api.test/api/v1/me');
  });

  it('asks for a fresh token before every request', async () => {
    const tokens = tokenSource();
    const server = createFakeFetch({ '/api/v1/vocabularies/sdgs': () => json(SDGS) });
    const client = createApiClient({ baseUrl: 'http://api.test', tokens, fetch: server.fetch });

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
    const server = createFakeFetch({ '/api/v1/vocabularies/sdgs': () => json(SDGS) });
    const client = createApiClient({ baseUrl: 'http://api.test', tokens, fetch: server.fetch });

    await client.GET('/api/v1/vocabularies/sdgs');

    expect(tokens.updateToken).not.toHaveBeenCalled();
    expect(server.requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('sends the request without a token when the refresh fails', async () => {
    const tokens = tokenSource({
      updateToken: vi.fn(() => Promise.reject(new Error('refresh token expired'))),
    });
    const server = createFakeFetch({ '/api/v1/me': () => json({}, { status: 401 }) });
    const client = createApiClient({ baseUrl: 'http://api.test', tokens, fetch: server.fetch });

    const { response } = await client.GET('/api/v1/me');

    expect(response.status).toBe(401);
    expect(server.requests[0]?.headers.has('Authorization')).toBe(false);
  });
});
