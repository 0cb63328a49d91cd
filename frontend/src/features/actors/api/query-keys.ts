import type { ActorListQuery } from '../model';

/** Every actor query starts with 'actors', so one invalidation refreshes lists, pages and people. */
export const actorKeys = {
  all: ['actors'] as const,
  lists: () => [...actorKeys.all, 'list'] as const,
  list: (query: ActorListQuery) => [...actorKeys.lists(), query] as const,
  detail: (idOrSlug: string) => [...actorKeys.all, 'detail', idOrSlug] as const,
  members: (actorId: string) => [...actorKeys.all, actorId, 'members'] as const,
  joinRequests: (actorId: string) => [...actorKeys.all, actorId, 'join-requests'] as const,
  coOrganiserInvitations: (actorId: string) => [...actorKeys.all, actorId, 'co-organiser-invitations'] as const,
  partnerSuggestions: (actorId: string, limit: number) => [...actorKeys.all, actorId, 'partner-suggestions', limit] as const,
};
