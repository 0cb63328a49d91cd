import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import { ME_QUERY_KEY } from '../../../lib/auth/use-me';
import type { Member, MemberRole } from '../model';
import { actorKeys } from './query-keys';

export interface ChangeMemberRoleVariables {
  actorId: string;
  subject: string;
  role: MemberRole;
}

/** An owner gives someone another role; demoting the last owner is a 409. */
export async function changeMemberRole(
  client: ApiClient,
  { actorId, subject, role }: ChangeMemberRoleVariables,
): Promise<Member> {
  return unwrap(
    await client.PUT('/api/v1/actors/{id}/members/{subject}', {
      params: { path: { id: actorId, subject } },
      body: { role },
    }),
  );
}

export function useChangeMemberRole() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ChangeMemberRoleVariables) => changeMemberRole(client, variables),
    onSettled: (_data, _error, { actorId }) => {
      void queryClient.invalidateQueries({ queryKey: actorKeys.members(actorId) });
      // An owner who demoted themselves has another role in /me now.
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
