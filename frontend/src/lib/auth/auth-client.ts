import Keycloak from 'keycloak-js';
import type { TokenSource } from '../api/api-client';
import type { RuntimeConfig } from '../config/runtime-config';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'unavailable';

/** What the UI may know about the session: no tokens, only whether there is one. */
export interface AuthState {
  status: AuthStatus;
}

/** The session as components see it; the token itself stays with the API client. */
export interface AuthClient {
  /** Starts the silent SSO check once; later calls return the same promise. */
  init: () => Promise<void>;
  getState: () => AuthState;
  subscribe: (listener: () => void) => () => void;
  login: (options?: { locale?: string }) => Promise<void>;
  /** Ends the Keycloak session and comes back to `redirectPath` (the start page unless given). */
  logout: (options?: { redirectPath?: string }) => Promise<void>;
  /**
   * The username the person logs in with (the token's preferred_username), for a confirmation
   * that asks them to type it; undefined without a session.
   */
  username: () => string | undefined;
  /** For the API client's middleware only. */
  readonly tokens: TokenSource;
}

/** Keycloak keeps a silent check waiting forever when its iframe never answers. */
const INIT_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Keycloak did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export function createAuthClient(config: RuntimeConfig): AuthClient {
  const keycloak = new Keycloak({
    url: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
  });
  let state: AuthState = { status: 'loading' };
  const listeners = new Set<() => void>();
  let initPromise: Promise<void> | undefined;

  const setStatus = (status: AuthStatus) => {
    if (state.status === status) return;
    state = { status };
    listeners.forEach((listener) => listener());
  };
  const syncFromKeycloak = () => setStatus(keycloak.authenticated ? 'authenticated' : 'anonymous');

  keycloak.onAuthSuccess = syncFromKeycloak;
  keycloak.onAuthLogout = syncFromKeycloak;
  // A refresh that failed with 400 cleared the tokens: the session is over.
  keycloak.onAuthRefreshError = syncFromKeycloak;

  return {
    init() {
      initPromise ??= withTimeout(
        keycloak.init({
          onLoad: 'check-sso',
          pkceMethod: 'S256',
          // The silent check runs in a hidden iframe instead of a full-page round trip.
          silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
          // No polling session iframe: the API client's refresh finds an ended session.
          checkLoginIframe: false,
        }),
        INIT_TIMEOUT_MS,
      ).then(syncFromKeycloak, (error: unknown) => {
        console.error('Keycloak could not be initialised', error);
        setStatus('unavailable');
      });
      return initPromise;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    login: (options) =>
      keycloak.login({
        redirectUri: window.location.href,
        ...(options?.locale ? { locale: options.locale } : {}),
      }),
    logout: (options) => keycloak.logout({ redirectUri: `${window.location.origin}${options?.redirectPath ?? '/'}` }),
    username: () => {
      const value: unknown = keycloak.tokenParsed?.['preferred_username'];
      return typeof value === 'string' ? value : undefined;
    },
    tokens: keycloak,
  };
}
