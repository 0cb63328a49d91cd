/**
 * What every map shares, imported only by the lazily loaded map canvases so that Leaflet (and
 * its stylesheet, imported here once) stays out of the pages' main chunk.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import { divIcon, latLngBounds, type LatLngTuple } from 'leaflet';
import { useEffect } from 'react';
import { TileLayer, useMap } from 'react-leaflet';
import { useRuntimeConfig } from '../../lib/config/config-context';

/**
 * The configured tiles (/config.json's mapTileUrl and mapAttribution). `onTileError` hears of
 * every tile that fails, so the page can say so calmly: the markers and the list still work.
 */
export function ConfiguredTiles({ onTileError }: { onTileError?: () => void }) {
  const { mapTileUrl, mapAttribution } = useRuntimeConfig();
  return (
    <TileLayer
      url={mapTileUrl}
      attribution={mapAttribution}
      eventHandlers={onTileError ? { tileerror: onTileError } : undefined}
    />
  );
}

/**
 * A marker drawn with CSS rather than Leaflet's default image, whose path bundlers break and
 * which would need its own img-src. Keyboard users reach it (Leaflet gives it role=button).
 */
export const placeIcon = divIcon({
  className: 'place-marker',
  html: '<span class="place-marker__pin" aria-hidden="true"></span>',
  iconSize: [22, 22],
  iconAnchor: [11, 22],
  popupAnchor: [0, -20],
});

/** Moves the view so that every point shows; one point is shown at town scale. */
export function FitToPoints({ points, maxZoom = 11 }: { points: readonly LatLngTuple[]; maxZoom?: number }) {
  const map = useMap();
  // The points' text is the dependency: a new array with the same places must not move the view.
  // The effect reads the places back from that text, so it depends on nothing else.
  const key = JSON.stringify(points);
  useEffect(() => {
    const places = JSON.parse(key) as LatLngTuple[];
    const [first] = places;
    if (!first) return;
    if (places.length === 1) {
      map.setView(first, maxZoom);
    } else {
      map.fitBounds(latLngBounds(places), { padding: [24, 24], maxZoom });
    }
  }, [map, key, maxZoom]);
  return null;
}
