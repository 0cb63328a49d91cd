import { lazy, useId } from 'react';
import type { components } from '../../lib/api/schema';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n-context';
import { withinPlaceBounds } from './bounds';
import { MapRegion } from './map-region';

/** One place on a map: what it is called and the page it links to. */
export interface PlaceMarker {
  id: string;
  latitude: number;
  longitude: number;
  label: string;
  href: string;
}

const PlaceMapCanvas = lazy(() => import('./place-map-canvas'));

export interface PlaceMapProps {
  markers: readonly PlaceMarker[];
  /** The map's accessible name, such as "Map: the actors in the directory". */
  label: string;
  /** A heading for the list of places; hidden from view when the page already says it. */
  listHeading?: string;
}

/**
 * Places on a map, and always the same places as a plain list beside it: the list is what a
 * screen reader, a keyboard or a browser without the map's tiles (blocked, offline, the tile
 * server down) uses. Shows nothing when no place has a location.
 */
export function PlaceMap({ markers, label, listHeading }: PlaceMapProps) {
  const { t } = useI18n();
  const listHeadingId = useId();
  const located = markers.filter(withinPlaceBounds);
  if (located.length === 0) return null;

  return (
    <div className="place-map">
      <MapRegion className="place-map__map" label={label}>
        {(onTileError) => <PlaceMapCanvas markers={located} onTileError={onTileError} />}
      </MapRegion>
      <div className="place-map__list">
        <p id={listHeadingId} className={listHeading ? 'place-map__heading' : 'visually-hidden'}>
          {listHeading ?? t('map.places')}
        </p>
        <ul aria-labelledby={listHeadingId}>
          {located.map((marker) => (
            <li key={marker.id}>
              <Link to={marker.href}>{marker.label}</Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

type Location = components['schemas']['Location'];

/**
 * An item's location when it has one: `{lat, lon}` as the API's Location. Read at run time
 * rather than through the item's type, so that lists whose summaries gain a location (the actor
 * and resource summaries have none yet) show it without another change here.
 */
export function locationOf(item: object): Location | undefined {
  const value = (item as { location?: unknown }).location;
  if (typeof value !== 'object' || value === null) return undefined;
  const { lat, lon } = value as Record<string, unknown>;
  return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : undefined;
}

/** The markers of the items that have a location, in the items' order. */
export function markersOf<T extends object>(
  items: readonly T[],
  describe: (item: T) => { id: string; label: string; href: string },
): PlaceMarker[] {
  const markers: PlaceMarker[] = [];
  for (const item of items) {
    const location = locationOf(item);
    if (location) markers.push({ ...describe(item), latitude: location.lat, longitude: location.lon });
  }
  return markers;
}
