import { ME_QUERY_KEY } from '../../../lib/auth/use-me';
import type { CollaborationListQuery } from '../model';

/** Every collaboration query starts with 'collaborations', so one invalidation refreshes lists and pages. */
export const collaborationKeys = {
  all: ['collaborations'] as const,
  lists: () => [...collaborationKeys.all, 'list'] as const,
  list: (query: CollaborationListQuery) => [...collaborationKeys.lists(), query] as const,
  /** Under lists(): whatever changes a collaboration refreshes the actors' lists too. */
  ofActor: (actorId: string) => [...collaborationKeys.lists(), 'actor', actorId] as const,
  detail: (idOrSlug: string) => [...collaborationKeys.all, 'detail', idOrSlug] as const,
  actorCandidates: (q: string) => [...collaborationKeys.all, 'actor-candidates', q] as const,
  partnerSuggestions: (id: string, limit: number) => [...collaborationKeys.all, 'partner-suggestions', id, limit] as const,
  /** The invitations an actor received, waiting for its owners' answer. */
  received: (actorId: string) => [...collaborationKeys.all, 'received', actorId] as const,
  /**
   * The navigation's counts (every invitation of every actor the caller owns). Under the person's
   * own key, so that answering a co-organiser invitation (the actors feature invalidates ['me'])
   * refreshes the count too.
   */
  myInvitations: () => [...ME_QUERY_KEY, 'invitations'] as const,
};
