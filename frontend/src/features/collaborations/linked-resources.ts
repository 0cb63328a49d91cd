/**
 * Linking resources to a collaboration: which actors' resources may be linked, and the PUT body
 * that changes the links. The body is built the way the edit page builds it (the view turned into
 * the form's values, then checked and shaped by validateCollaboration), with only the linked ids
 * changed, so that a link does not alter any other field by accident.
 */
import type { ActorRef, Collaboration } from './model';
import { collaborationToFormValues, validateCollaboration, type ValidationResult } from './validation';

/** The API's limit on linked resources (CollaborationInput.linkedResourceIds). */
export const MAX_LINKED_RESOURCES = 50;

/**
 * The actors whose resources the API lets the collaboration link: those invited or taking part
 * (the lead always). The lead's people see every invitation; without them, those that count.
 */
export function linkableActors(collaboration: Collaboration): ActorRef[] {
  const actors = collaboration.invitations
    ? collaboration.invitations.filter((row) => row.status === 'INVITED' || row.status === 'ACCEPTED').map((row) => row.actor)
    : collaboration.participants.map((participant) => participant.actor);
  const byId = new Map<string, ActorRef>([[collaboration.lead.id, collaboration.lead]]);
  for (const actor of actors) byId.set(actor.id, actor);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The PUT body with `linkedResourceIds` replaced; everything else as the collaboration stands. */
export function withLinkedResources(collaboration: Collaboration, linkedResourceIds: readonly string[]): ValidationResult {
  return validateCollaboration({ ...collaborationToFormValues(collaboration), linkedResourceIds: [...linkedResourceIds] });
}

/** A field path of the API's (`linkedResourceIds[3]`) as the index into the ids sent, or undefined. */
export function linkedResourceIndex(field: string): number | undefined {
  const match = /^linkedResourceIds\[(\d+)\]$/.exec(field);
  return match ? Number(match[1]) : undefined;
}
