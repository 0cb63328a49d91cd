/** The actor pages' URLs (Swedish, like the rest of the public site); the app's router mounts them. */
export const actorPaths = {
  directory: '/aktorer',
  register: '/aktorer/ny',
  actor: '/aktorer/:slug',
  edit: '/aktorer/:slug/redigera',
  myOrganisations: '/mina-organisationer',
  moderation: '/moderering',
} as const;

export function actorUrl(slug: string): string {
  return `/aktorer/${encodeURIComponent(slug)}`;
}

export function editActorUrl(slug: string): string {
  return `${actorUrl(slug)}/redigera`;
}
