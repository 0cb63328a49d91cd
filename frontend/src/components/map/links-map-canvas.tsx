import type { LatLngTuple } from 'leaflet';
import { CircleMarker, MapContainer, Polyline, Tooltip } from 'react-leaflet';
import { REGION_CENTRE, REGION_ZOOM } from './bounds';
import { ConfiguredTiles, FitToPoints } from './leaflet-parts';
import { lineWeight, type DrawnLink } from './links-map';

/** The Leaflet half of <LinksMap>: municipalities as dots, collaborations as lines between them. */
export default function LinksMapCanvas({ links, onTileError }: { links: readonly DrawnLink[]; onTileError: () => void }) {
  const places = new Map<string, { name: string; point: LatLngTuple }>();
  for (const link of links) {
    places.set(link.from.code, { name: link.from.name, point: [link.from.latitude, link.from.longitude] });
    places.set(link.to.code, { name: link.to.name, point: [link.to.latitude, link.to.longitude] });
  }
  return (
    <MapContainer className="map-canvas" center={REGION_CENTRE} zoom={REGION_ZOOM} scrollWheelZoom={false}>
      <ConfiguredTiles onTileError={onTileError} />
      <FitToPoints points={[...places.values()].map((place) => place.point)} maxZoom={9} />
      {links.map((link) => (
        <Polyline
          key={link.key}
          positions={[
            [link.from.latitude, link.from.longitude],
            [link.to.latitude, link.to.longitude],
          ]}
          // className is read when the line is made; pathOptions may change later.
          className="links-map__line"
          pathOptions={{ weight: lineWeight(link.collaborations) }}
        >
          <Tooltip sticky>
            {link.from.name} – {link.to.name}: {link.collaborations}
          </Tooltip>
        </Polyline>
      ))}
      {[...places].map(([code, place]) => (
        <CircleMarker key={code} center={place.point} radius={5} className="links-map__place">
          <Tooltip>{place.name}</Tooltip>
        </CircleMarker>
      ))}
    </MapContainer>
  );
}
