import type { Collaboration } from './model';

/** What the participants' people are told about why the public does not see a collaboration. */
export type ModerationNotice =
  | { kind: 'takenDown'; reason: string; at?: string }
  | { kind: 'tooFewParticipants' }
  | { kind: 'leadNotActive' };

/**
 * The notices for a collaboration, most serious first. Only the participants' people and
 * moderators get a `moderation` object from the API; for everyone else this is empty. Drafts and
 * archived collaborations have their own notices on the page already.
 */
export function moderationNotices(collaboration: Pick<Collaboration, 'moderation'>): ModerationNotice[] {
  const moderation = collaboration.moderation;
  if (!moderation) return [];
  const notices: ModerationNotice[] = [];
  const hidden = moderation.hiddenBecause;
  if (hidden.includes('TAKEN_DOWN')) {
    notices.push({
      kind: 'takenDown',
      reason: moderation.takedownReason ?? '',
      ...(moderation.takenDownAt ? { at: moderation.takenDownAt } : {}),
    });
  }
  if (hidden.includes('LEAD_NOT_ACTIVE')) notices.push({ kind: 'leadNotActive' });
  if (hidden.includes('TOO_FEW_PARTICIPANTS')) notices.push({ kind: 'tooFewParticipants' });
  return notices;
}

export function isTakenDown(collaboration: Pick<Collaboration, 'moderation'>): boolean {
  return collaboration.moderation?.hiddenBecause.includes('TAKEN_DOWN') ?? false;
}
