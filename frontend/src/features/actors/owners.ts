import { MEMBER_ROLES, type Member, type MemberRole } from './model';

/**
 * The last-owner rule as the API enforces it (MembershipService.requireAnotherOwner: an actor
 * always keeps an owner, so its only owner can neither leave, be removed nor be demoted; the
 * API answers 409). The SPA says so before anyone tries, from the members list it already has.
 */
export function isOnlyOwner(members: readonly Member[] | undefined, subject: string): boolean {
  if (!members) return false;
  const owners = members.filter((member) => member.role === 'OWNER');
  return owners.length === 1 && owners[0]?.subject === subject;
}

/** True when `to` gives fewer rights than `from` (MEMBER_ROLES runs from most to fewest). */
export function lowersRights(from: MemberRole, to: MemberRole): boolean {
  return MEMBER_ROLES.indexOf(to) > MEMBER_ROLES.indexOf(from);
}
