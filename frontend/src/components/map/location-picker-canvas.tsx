import type { LeafletEvent, Marker as LeafletMarker } from 'leaflet';
import { useEffect } from 'react';
import { MapContainer, Marker, useMap, useMapEvents } from 'react-leaflet';
import { REGION_CENTRE, REGION_ZOOM, type LatLon } from './bounds';
import { ConfiguredTiles, placeIcon } from './leaflet-parts';

interface CanvasProps {
  value: LatLon | null;
  onPick: (place: LatLon) => void;
  onTileError: () => void;
  markerLabel: string;
}

/** The Leaflet half of <LocationPicker>: a click picks, the marker drags. */
export default function LocationPickerCanvas({ value, onPick, onTileError, markerLabel }: CanvasProps) {
  return (
    <MapContainer
      className="map-canvas"
      center={value ? [value.latitude, value.longitude] : REGION_CENTRE}
      zoom={value ? 10 : REGION_ZOOM}
      scrollWheelZoom={false}
      doubleClickZoom={false}
    >
      <ConfiguredTiles onTileError={onTileError} />
      <PickOnClick onPick={onPick} />
      <FollowValue value={value} />
      {value && (
        <Marker
          position={[value.latitude, value.longitude]}
          icon={placeIcon}
          draggable
          title={markerLabel}
          alt={markerLabel}
          eventHandlers={{
            dragend: (event: LeafletEvent) => {
              const { lat, lng } = (event.target as LeafletMarker).getLatLng();
              onPick({ latitude: lat, longitude: lng });
            },
          }}
        />
      )}
    </MapContainer>
  );
}

function PickOnClick({ onPick }: { onPick: (place: LatLon) => void }) {
  useMapEvents({
    click: (event) => onPick({ latitude: event.latlng.lat, longitude: event.latlng.lng }),
  });
  return null;
}

/** A typed location that lies outside the view brings the view to it. */
function FollowValue({ value }: { value: LatLon | null }) {
  const map = useMap();
  const latitude = value?.latitude;
  const longitude = value?.longitude;
  useEffect(() => {
    if (latitude === undefined || longitude === undefined) return;
    if (!map.getBounds().contains([latitude, longitude])) map.panTo([latitude, longitude]);
  }, [map, latitude, longitude]);
  return null;
}
