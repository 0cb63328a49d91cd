/** The collaboration pages' URLs (Swedish, like the rest of the public site); the app's router mounts them. */
export const collaborationPaths = {
  directory: '/samverkan',
  create: '/samverkan/ny',
  collaboration: '/samverkan/:slug',
  edit: '/samverkan/:slug/redigera',
} as const;

export function collaborationUrl(slug: string): string {
  return `/samverkan/${encodeURIComponent(slug)}`;
}

export function editCollaborationUrl(slug: string): string {
  return `${collaborationUrl(slug)}/redigera`;
}

/** "Start a collaboration", with the leading actor chosen in advance when known. */
export function createCollaborationUrl(actorId?: string): string {
  return actorId ? `${collaborationPaths.create}?actor=${encodeURIComponent(actorId)}` : collaborationPaths.create;
}
