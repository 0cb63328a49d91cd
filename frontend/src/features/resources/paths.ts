/** The resource pages' URLs (Swedish, like the rest of the public site); the app's router mounts them. */
export const resourcePaths = {
  catalogue: '/resurser',
  create: '/resurser/ny',
  resource: '/resurser/:slug',
  edit: '/resurser/:slug/redigera',
} as const;

export function resourceUrl(slug: string): string {
  return `/resurser/${encodeURIComponent(slug)}`;
}

export function editResourceUrl(slug: string): string {
  return `${resourceUrl(slug)}/redigera`;
}

/** The form for a new resource, with the publishing actor chosen in advance when known. */
export function createResourceUrl(actorId?: string): string {
  return actorId ? `${resourcePaths.create}?actor=${encodeURIComponent(actorId)}` : resourcePaths.create;
}
