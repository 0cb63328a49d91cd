import { PlaceMap, markersOf } from '../../../components/map/place-map';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useMappedActors } from '../api/list-mapped-actors';
import type { HomeLinks } from '../model';
import { HomeSection, QueryState } from './home-section';

/**
 * Where the actors are: the directory's map of the region, each marker leading to the actor's
 * page. Nothing at all once it is clear that no actor has a location.
 */
export function ActorsMap({ links }: { links: HomeLinks }) {
  const { t } = useI18n();
  const actors = useMappedActors();
  const markers = markersOf(actors.data ?? [], (actor) => ({ id: actor.id, label: actor.name, href: links.actor(actor.slug) }));
  if (actors.isSuccess && markers.length === 0) return null;
  return (
    <HomeSection title={t('home.map.title')} className="home-map">
      <QueryState query={actors}>{() => <PlaceMap label={t('home.map.label')} markers={markers} />}</QueryState>
    </HomeSection>
  );
}
