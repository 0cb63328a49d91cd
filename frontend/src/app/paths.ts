import { actorPaths } from '../features/actors/paths';

/** The SPA's URLs, in one place for links and routes. */
export const paths = {
  home: '/',
  profile: '/profile',
  actors: actorPaths.directory,
  registerActor: actorPaths.register,
  actor: actorPaths.actor,
  editActor: actorPaths.edit,
  myOrganisations: actorPaths.myOrganisations,
  moderation: actorPaths.moderation,
} as const;
