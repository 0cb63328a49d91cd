import { actorUrl } from '../../features/actors/paths';
import { collaborationPaths } from '../../features/collaborations/paths';
import { HomePage as HomeFeaturePage } from '../../features/home/routes/home-page';
import type { HomeLinks } from '../../features/home/model';
import { resourcePaths, resourceUrl } from '../../features/resources/paths';
import { SdgList } from '../../features/vocabularies/components/sdg-list';
import { paths } from '../paths';

/** The other features' pages the home page links to; the home feature knows none of their URLs. */
const HOME_LINKS: HomeLinks = {
  registerActor: paths.registerActor,
  myOrganisations: paths.myOrganisations,
  actors: paths.actors,
  knowledgeResources: `${resourcePaths.catalogue}?family=KNOWLEDGE`,
  innovationResources: `${resourcePaths.catalogue}?family=INNOVATION`,
  collaborations: collaborationPaths.directory,
  feeds: paths.feeds,
  insights: paths.insights,
  events: `${resourcePaths.catalogue}?kind=EVENT`,
  testbeds: `${resourcePaths.catalogue}?kind=TESTBED`,
  actor: actorUrl,
  resource: resourceUrl,
};

/** The home page with the vocabularies feature's goals as tiles. */
export function HomePage() {
  return <HomeFeaturePage links={HOME_LINKS} goals={<SdgList />} />;
}
