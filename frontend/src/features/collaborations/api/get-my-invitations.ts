import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import type { MyInvitations } from '../model';
import { collaborationKeys } from './query-keys';

/** How many invitations wait for the caller's answer, per actor they own: the navigation's count. */
export async function getMyInvitations(client: ApiClient): Promise<MyInvitations> {
  return unwrap(await client.GET('/api/v1/me/invitations'));
}

export function myInvitationsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: collaborationKeys.myInvitations(),
    queryFn: () => getMyInvitations(client),
    // A count in the menu: fresh enough when asked again on focus or after an answer.
    staleTime: 30_000,
  });
}

/** Asks only with a session (without one the answer would be a 401). */
export function useMyInvitations() {
  const { status } = useAuth();
  return useQuery({ ...myInvitationsQueryOptions(useApiClient()), enabled: status === 'authenticated' });
}
