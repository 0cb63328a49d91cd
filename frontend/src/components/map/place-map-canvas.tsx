import type { LatLngTuple } from 'leaflet';
import { Link } from 'react-router';
import { MapContainer, Marker, Popup } from 'react-leaflet';
import { REGION_CENTRE, REGION_ZOOM } from './bounds';
import { ConfiguredTiles, FitToPoints, placeIcon } from './leaflet-parts';
import type { PlaceMarker } from './place-map';

/** The Leaflet half of <PlaceMap>: markers with a popup that links to each place's page. */
export default function PlaceMapCanvas({ markers, onTileError }: { markers: readonly PlaceMarker[]; onTileError: () => void }) {
  const points = markers.map((marker): LatLngTuple => [marker.latitude, marker.longitude]);
  return (
    <MapContainer className="map-canvas" center={REGION_CENTRE} zoom={REGION_ZOOM} scrollWheelZoom={false}>
      <ConfiguredTiles onTileError={onTileError} />
      <FitToPoints points={points} />
      {markers.map((marker) => (
        <Marker
          key={marker.id}
          position={[marker.latitude, marker.longitude]}
          icon={placeIcon}
          title={marker.label}
          alt={marker.label}
        >
          <Popup>
            <Link to={marker.href}>{marker.label}</Link>
          </Popup>
        </Marker>
      ))}
    </MapContainer>
  );
}
