import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../api/api-client';
import { useApiClient } from '../api/api-client-context';
import { unwrap } from '../api/api-error';
import type { components } from '../api/schema';
import { useAuth } from './auth-context';

/**
 * The signed-in person as the API knows them: roles from the token, memberships and pending join
 * requests from the database. It lives beside the session rather than in a feature because the
 * header, the profile and the actor pages all ask it (bulletproof-react keeps its user in lib/auth).
 */
export type Me = components['schemas']['Me'];

export const ME_QUERY_KEY = ['me'] as const;

export async function getMe(client: ApiClient): Promise<Me> {
  return unwrap(await client.GET('/api/v1/me'));
}

export function meQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: () => getMe(client),
  });
}

/** Asks only with a session (without one the answer would be a 401), unless told otherwise. */
export function useMe(options?: { enabled?: boolean }) {
  const { status } = useAuth();
  return useQuery({
    ...meQueryOptions(useApiClient()),
    enabled: options?.enabled ?? status === 'authenticated',
  });
}

/** Moderators and admins approve, suspend and reinstate actors. */
export function canModerate(me: Pick<Me, 'roles'> | undefined): boolean {
  return !!me && (me.roles.includes('moderator') || me.roles.includes('admin'));
}
