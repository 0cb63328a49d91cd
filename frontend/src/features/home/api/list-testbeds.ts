import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api/api-client';
import { useApiClient } from '../../../lib/api/api-client-context';
import { unwrap } from '../../../lib/api/api-error';
import type { ResourcePage } from '../model';
import { homeKeys } from './query-keys';

export const TESTBEDS_SHOWN = 3;

/**
 * The newest published testbeds: those the region offers, whatever their access condition (each
 * says its own). The facet count for TESTBED is all of them.
 */
export async function listTestbeds(client: ApiClient): Promise<ResourcePage> {
  return unwrap(await client.GET('/api/v1/resources', { params: { query: { kind: 'TESTBED', limit: TESTBEDS_SHOWN } } }));
}

export function useTestbeds() {
  const client = useApiClient();
  return useQuery({ queryKey: homeKeys.testbeds(), queryFn: () => listTestbeds(client) });
}
