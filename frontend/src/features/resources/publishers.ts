import type { Me } from '../../lib/auth/use-me';
import type { ActorRef } from './model';

/**
 * The actors the person may add resources for: those where they are an owner or an editor and
 * that are active (the API refuses resources of pending and suspended actors).
 */
export function publishersOf(me: Pick<Me, 'memberships'> | undefined): ActorRef[] {
  return (me?.memberships ?? [])
    .filter((membership) => membership.role === 'OWNER' || membership.role === 'EDITOR')
    .filter((membership) => membership.actor.status === 'ACTIVE')
    .map((membership) => membership.actor)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
