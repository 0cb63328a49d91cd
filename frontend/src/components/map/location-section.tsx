import { useId } from 'react';
import { PlaceMap, type PlaceMarker } from './place-map';

/**
 * A page's "where" section: a heading, the map and its list. Nothing at all when no place has a
 * location, so pages can always render it.
 */
export function LocationSection({ heading, mapLabel, markers }: { heading: string; mapLabel: string; markers: readonly PlaceMarker[] }) {
  const headingId = useId();
  if (markers.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="location-section">
      <h2 id={headingId}>{heading}</h2>
      <PlaceMap label={mapLabel} markers={markers} />
    </section>
  );
}
