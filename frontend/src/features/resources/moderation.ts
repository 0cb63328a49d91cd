import type { components } from '../../lib/api/schema';
import type { Resource } from './model';

export type HiddenReason = components['schemas']['HiddenReason'];
export type CoOrganiserInvitation = components['schemas']['CoOrganiserInvitation'];

/** What the publisher's people are told about why the public does not see a resource. */
export type ModerationNotice =
  | { kind: 'takenDown'; reason: string; at?: string }
  | { kind: 'publisherSuspended' }
  | { kind: 'publisherPending' };

/**
 * The moderation notices for a resource, most serious first. Only the publisher's people and
 * moderators get a `moderation` object from the API; for everyone else this is empty. Drafts and
 * archived resources have their own notices on the page already.
 */
export function moderationNotices(resource: Resource): ModerationNotice[] {
  const moderation = resource.moderation;
  if (!moderation) return [];
  const notices: ModerationNotice[] = [];
  if (moderation.hiddenBecause.includes('TAKEN_DOWN')) {
    notices.push({
      kind: 'takenDown',
      reason: moderation.takedownReason ?? '',
      ...(moderation.takenDownAt ? { at: moderation.takenDownAt } : {}),
    });
  }
  if (moderation.hiddenBecause.includes('PUBLISHER_SUSPENDED')) notices.push({ kind: 'publisherSuspended' });
  if (moderation.hiddenBecause.includes('PUBLISHER_PENDING')) notices.push({ kind: 'publisherPending' });
  return notices;
}

export function isTakenDown(resource: Resource): boolean {
  return resource.moderation?.hiddenBecause.includes('TAKEN_DOWN') ?? false;
}

/**
 * Whether anyone may read it without logging in: links meant for the public (the calendar file)
 * are offered only then. Without a `moderation` object the caller is the public, and reads it.
 */
export function isPublic(resource: Resource): boolean {
  return resource.moderation ? resource.moderation.visibleToPublic : resource.status === 'PUBLISHED';
}

/** A moderator takes down what is not taken down, and restores what is. The server checks again. */
export function moderatorActionFor(resource: Resource, moderator: boolean): 'takeDown' | 'restore' | null {
  if (!moderator) return null;
  return isTakenDown(resource) ? 'restore' : 'takeDown';
}

/**
 * The co-organisers an edit sends back: every actor named so far, whatever its answer, so saving
 * the form neither drops a pending invitation nor invites anew one that declined. Without the
 * invitations (only the publisher's people get them) the accepted ones are all there is.
 */
export function coOrganiserIdsToKeep(resource: Resource): string[] {
  return (resource.coOrganiserInvitations ?? resource.coOrganisers.map((actor) => ({ actor }))).map((named) => named.actor.id);
}

/** The invitations still unanswered or declined: the publisher's people see who has not (yet) said yes. */
export function unacceptedInvitations(resource: Resource): CoOrganiserInvitation[] {
  return (resource.coOrganiserInvitations ?? []).filter((invitation) => invitation.status !== 'ACCEPTED');
}

/** The co-organisers left when one is removed in the form: saving then removes its invitation (or co-organising). */
export function withoutCoOrganiser(ids: readonly string[] | undefined, actorId: string): string[] {
  return (ids ?? []).filter((id) => id !== actorId);
}
