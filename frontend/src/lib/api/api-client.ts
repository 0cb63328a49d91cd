import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

/** The part of a Keycloak instance the API client needs: the only code that reads tokens. */
export interface TokenSource {
  authenticated?: boolean;
  token?: string;
  updateToken: (minValidity: number) => Promise<boolean>;
}

/** Seconds a token must still be valid for when a request leaves; refreshed otherwise. */
export const MIN_TOKEN_VALIDITY_SECONDS = 30;

/**
 * Refreshes the access token when it is about to expire and sends it as a bearer token.
 * A failed refresh sends the request without a token, so the server's 401 reaches the UI.
 */
export function bearerTokenMiddleware(tokens: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      if (!tokens.authenticated) return request;
      try {
        await tokens.updateToken(MIN_TOKEN_VALIDITY_SECONDS);
      } catch {
        return request;
      }
      if (tokens.token) {
        request.headers.set('Authorization', `Bearer ${tokens.token}`);
      }
      return request;
    },
  };
}

export function createApiClient(options: {
  baseUrl: string;
  tokens: TokenSource;
  fetch?: typeof fetch;
}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(bearerTokenMiddleware(options.tokens));
  return client;
}
