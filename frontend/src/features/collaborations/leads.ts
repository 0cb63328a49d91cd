import type { Me } from '../../lib/auth/use-me';
import type { ActorRef, Collaboration } from './model';

/**
 * The actors the person may start a collaboration for: those they own or edit that are active
 * (the API refuses a pending or suspended lead).
 */
export function leadCandidatesOf(me: Pick<Me, 'memberships'> | undefined): ActorRef[] {
  return (me?.memberships ?? [])
    .filter((membership) => membership.role === 'OWNER' || membership.role === 'EDITOR')
    .filter((membership) => membership.actor.status === 'ACTIVE')
    .map((membership) => membership.actor)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The actors the person owns: only owners answer invitations and leave a collaboration. */
export function ownedActorIds(me: Pick<Me, 'memberships'> | undefined): Set<string> {
  return new Set((me?.memberships ?? []).filter((membership) => membership.role === 'OWNER').map((m) => m.actor.id));
}

/**
 * The participants the person may take out of the collaboration (they own the actor), the lead
 * excepted: it hands the lead over first. The server checks again.
 */
export function leavableParticipants(collaboration: Collaboration, me: Pick<Me, 'memberships'> | undefined): ActorRef[] {
  const owned = ownedActorIds(me);
  return collaboration.participants
    .filter((participant) => participant.role !== 'LEAD' && owned.has(participant.actor.id))
    .map((participant) => participant.actor);
}
