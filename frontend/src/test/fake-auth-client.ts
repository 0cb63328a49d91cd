import { vi } from 'vitest';
import type { TokenSource } from '../lib/api/api-client';
import type { AuthClient, AuthState, AuthStatus } from '../lib/auth/auth-client';

/** An AuthClient without Keycloak: the test sets the status and reads what was called. */
export function createFakeAuthClient(initial: AuthStatus = 'anonymous', token = 'test-token', username = 'anna') {
  let state: AuthState = { status: initial };
  const listeners = new Set<() => void>();
  const tokens: TokenSource = {
    get authenticated() {
      return state.status === 'authenticated';
    },
    token,
    updateToken: vi.fn(() => Promise.resolve(false)),
  };
  const client = {
    init: vi.fn(async () => {}),
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    login: vi.fn(async () => {}),
    logout: vi.fn(async (_options?: { redirectPath?: string }) => {}),
    username: () => username,
    tokens,
    setStatus(status: AuthStatus) {
      state = { status };
      listeners.forEach((listener) => listener());
    },
  } satisfies AuthClient & { setStatus: (status: AuthStatus) => void };
  return client;
}
