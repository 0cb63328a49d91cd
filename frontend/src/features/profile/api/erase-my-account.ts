import { useMutation } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { expectOk } from '../../../lib/api/api-error';

/**
 * Erases the caller's account for good: memberships end, join requests go, the person is deleted
 * at the identity provider and the audit trail keeps the facts under a pseudonym. `confirmation`
 * is the token of a fresh erasure plan.
 */
export async function eraseMyAccount(client: ApiClient, confirmation: string): Promise<void> {
  expectOk(await client.DELETE('/api/v1/me', { params: { query: { confirmation } } }));
}

export function useEraseMyAccount() {
  const client = useApiClient();
  return useMutation({ mutationFn: (confirmation: string) => eraseMyAccount(client, confirmation) });
}
