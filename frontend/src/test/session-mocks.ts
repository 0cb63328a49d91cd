import type { components } from '../lib/api/schema';
import { http } from './api-mock';

type Schemas = components['schemas'];

export const NO_INVITATIONS: Schemas['MyInvitations'] = { total: 0, disabledWebhooks: 0, actors: [] };

/**
 * What every page asks for a signed-in person: who they are (GET /me) and the navigation's count of
 * invitations to answer (GET /me/invitations).
 */
export function signedInMocks(me: Schemas['Me'], invitations: Schemas['MyInvitations'] = NO_INVITATIONS) {
  return [
    http.get('/api/v1/me', ({ response }) => response(200).json(me)),
    http.get('/api/v1/me/invitations', ({ response }) => response(200).json(invitations)),
  ];
}
