import { actorUrl } from '../../features/actors/paths';
import { resourceUrl } from '../../features/resources/paths';
import type { SearchHit } from '../../features/search/model';
import { SearchPage } from '../../features/search/routes/search-page';

/** A hit is an actor or a resource; the search feature does not know their pages, the app does. */
export function hitHref(hit: SearchHit): string {
  return hit.type === 'ACTOR' ? actorUrl(hit.slug) : resourceUrl(hit.slug);
}

export function SearchRoute() {
  return <SearchPage hrefOf={hitHref} />;
}
