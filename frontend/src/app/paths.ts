import { actorPaths } from '../features/actors/paths';
import { collaborationPaths } from '../features/collaborations/paths';
import { feedsPaths } from '../features/feeds/paths';
import { insightsPaths } from '../features/insights/paths';
import { profilePaths } from '../features/profile/paths';
import { resourcePaths } from '../features/resources/paths';
import { searchPaths } from '../features/search/paths';

/** The SPA's URLs, in one place for links and routes. */
export const paths = {
  home: '/',
  profile: profilePaths.profile,
  accountErased: profilePaths.accountErased,
  actors: actorPaths.directory,
  registerActor: actorPaths.register,
  actor: actorPaths.actor,
  editActor: actorPaths.edit,
  myOrganisations: actorPaths.myOrganisations,
  moderation: actorPaths.moderation,
  resources: resourcePaths.catalogue,
  createResource: resourcePaths.create,
  resource: resourcePaths.resource,
  editResource: resourcePaths.edit,
  collaborations: collaborationPaths.directory,
  createCollaboration: collaborationPaths.create,
  collaboration: collaborationPaths.collaboration,
  editCollaboration: collaborationPaths.edit,
  search: searchPaths.search,
  feeds: feedsPaths.builder,
  insights: insightsPaths.dashboard,
} as const;
