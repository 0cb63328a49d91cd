import { useQueries } from '@tanstack/react-query';
import { LocationSection } from '../../components/map/location-section';
import { markersOf } from '../../components/map/place-map';
import { actorQueryOptions } from '../../features/actors/api/get-actor';
import { actorUrl } from '../../features/actors/paths';
import type { Collaboration } from '../../features/collaborations/model';
import { useApiClient } from '../../lib/api/api-client-context';
import { useI18n } from '../../lib/i18n/i18n-context';
import { pickLocalized } from '../../lib/i18n/localized-text';

/**
 * A collaboration's participants on a map. A participant carries no location, so each one's
 * actor is read (the same query, and cache, as its own page); those with a location show. A
 * collaboration has a handful of participants, so this is a handful of small requests.
 */
export function ParticipantsMap({ collaboration }: { collaboration: Collaboration }) {
  const { t, language } = useI18n();
  const client = useApiClient();
  const actors = useQueries({
    queries: collaboration.participants.map((participant) => actorQueryOptions(client, participant.actor.slug)),
  });
  const located = actors.flatMap((query) => (query.data ? [query.data.actor] : []));
  const markers = markersOf(located, (actor) => ({ id: actor.id, label: actor.name, href: actorUrl(actor.slug) }));
  const name = pickLocalized(collaboration.title, language)?.text ?? collaboration.slug;
  return <LocationSection heading={t('map.participants')} mapLabel={t('map.participantsLabel', { name })} markers={markers} />;
}
