/** The search page's URL; the app's router mounts it. */
export const searchPaths = {
  search: '/sok',
} as const;

export function searchPageUrl(q?: string): string {
  return q ? `${searchPaths.search}?${new URLSearchParams({ q }).toString()}` : searchPaths.search;
}
