import type { ResourceListQuery } from '../model';

/** Every resource query starts with 'resources', so one invalidation refreshes lists and pages. */
export const resourceKeys = {
  all: ['resources'] as const,
  lists: () => [...resourceKeys.all, 'list'] as const,
  list: (query: ResourceListQuery) => [...resourceKeys.lists(), query] as const,
  /** Under lists(), so whatever refreshes the lists (a restore, a takedown) refreshes the queue too. */
  takenDown: () => [...resourceKeys.lists(), 'taken-down'] as const,
  detail: (idOrSlug: string) => [...resourceKeys.all, 'detail', idOrSlug] as const,
};
