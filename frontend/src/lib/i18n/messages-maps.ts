/**
 * The maps' texts (components/map/), kept apart from the rest of the dictionary like the
 * collaborations'; messages.ts spreads them into its tables.
 */

export const mapsSv = {
  'map.region': 'Karta: {name}',
  'map.loading': 'Kartan laddas…',
  'map.tilesFailed': 'Kartbilderna kunde inte laddas just nu. Platserna finns i listan.',
  'map.places': 'Platserna på kartan',
  'map.noPlaces': 'Inga av dessa har en plats angiven.',
  'map.links': 'Samverkan mellan kommuner',
  'map.linksTable': 'Samverkan mellan kommuner i siffror',
  'map.from': 'Kommun',
  'map.to': 'Kommun',
  'map.collaborations': 'Samverkan',
  'map.noLinks': 'Ingen samverkan mellan kommuner ännu.',
  'map.notOnMap': 'saknar plats på kartan',
  'picker.label': 'Välj plats på kartan',
  'picker.hint': 'Klicka på kartan eller dra markören. Du kan också skriva latitud och longitud.',
  'picker.chosen': 'Vald plats: {latitude}, {longitude}',
  'picker.none': 'Ingen plats vald.',
  'picker.outside': 'Platsen ligger utanför området (latitud {latMin}–{latMax}, longitud {lonMin}–{lonMax}).',
  'picker.clear': 'Ta bort platsen',
  'picker.marker': 'Vald plats, dra för att flytta',
  'picker.latitude': 'Latitud',
  'picker.longitude': 'Longitud',
};

export type MapMessageKey = keyof typeof mapsSv;

export const mapsEn: Record<MapMessageKey, string> = {
  'map.region': 'Map: {name}',
  'map.loading': 'Loading the map…',
  'map.tilesFailed': 'The map images could not be loaded just now. The places are in the list.',
  'map.places': 'The places on the map',
  'map.noPlaces': 'None of these has a location.',
  'map.links': 'Collaboration between municipalities',
  'map.linksTable': 'Collaboration between municipalities in numbers',
  'map.from': 'Municipality',
  'map.to': 'Municipality',
  'map.collaborations': 'Collaborations',
  'map.noLinks': 'No collaboration between municipalities yet.',
  'map.notOnMap': 'not on the map',
  'picker.label': 'Pick the location on the map',
  'picker.hint': 'Click the map or drag the marker. You can also type the latitude and longitude.',
  'picker.chosen': 'Chosen location: {latitude}, {longitude}',
  'picker.none': 'No location chosen.',
  'picker.outside': 'The place is outside the area (latitude {latMin}–{latMax}, longitude {lonMin}–{lonMax}).',
  'picker.clear': 'Remove the location',
  'picker.marker': 'Chosen location, drag to move',
  'picker.latitude': 'Latitude',
  'picker.longitude': 'Longitude',
};
