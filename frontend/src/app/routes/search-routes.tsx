import { actorUrl } from '../../features/actors/paths';
import { collaborationUrl } from '../../features/collaborations/paths';
import { resourceUrl } from '../../features/resources/paths';
import type { SearchHit } from '../../features/search/model';
import { SearchPage } from '../../features/search/routes/search-page';

/**
 * A hit is an actor, a resource or a collaboration; the search feature does not know their pages,
 * the app does. A type this SPA does not know yet has no page: undefined, and the list leaves it out.
 */
export function hitHref(hit: SearchHit): string | undefined {
  switch (hit.type) {
    case 'ACTOR':
      return actorUrl(hit.slug);
    case 'RESOURCE':
      return resourceUrl(hit.slug);
    case 'COLLABORATION':
      return collaborationUrl(hit.slug);
    default:
      return undefined;
  }
}

export function SearchRoute() {
  return <SearchPage hrefOf={hitHref} />;
}
