import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthClient, AuthStatus } from './auth-client';

const AuthContext = createContext<AuthClient | null>(null);

export function AuthProvider({ client, children }: { client: AuthClient; children: ReactNode }) {
  return <AuthContext value={client}>{children}</AuthContext>;
}

export interface UseAuth {
  status: AuthStatus;
  login: AuthClient['login'];
  logout: AuthClient['logout'];
  /** The login name, while there is a session (see AuthClient.username). */
  username: string | undefined;
}

export function useAuth(): UseAuth {
  const client = useContext(AuthContext);
  if (!client) throw new Error('useAuth needs an <AuthProvider>');
  const state = useSyncExternalStore(client.subscribe, client.getState);
  return {
    status: state.status,
    login: client.login,
    logout: client.logout,
    username: state.status === 'authenticated' ? client.username() : undefined,
  };
}
