/**
 * Where the platform's places may lie: the box the API checks for a location (northern Sweden
 * and its neighbourhood). The forms' validation uses the same numbers.
 */
export const LATITUDE = { min: 55.0, max: 69.1 } as const;
export const LONGITUDE = { min: 10.9, max: 24.2 } as const;

export interface LatLon {
  latitude: number;
  longitude: number;
}

export const PLACE_BOUNDS = { latitude: LATITUDE, longitude: LONGITUDE } as const;

/** The middle of Västerbotten: where a map with nothing on it yet opens. */
export const REGION_CENTRE: [number, number] = [64.75, 18.5];
export const REGION_ZOOM = 5;

export function withinPlaceBounds({ latitude, longitude }: LatLon): boolean {
  return (
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    latitude >= LATITUDE.min &&
    latitude <= LATITUDE.max &&
    longitude >= LONGITUDE.min &&
    longitude <= LONGITUDE.max
  );
}

/** Five decimals are about a metre: finer than a click on a map can mean. */
export function roundPlace({ latitude, longitude }: LatLon): LatLon {
  const round = (value: number) => Math.round(value * 100_000) / 100_000;
  return { latitude: round(latitude), longitude: round(longitude) };
}

/** A coordinate as typed: "63,8258" (the Swedish decimal comma) and "63.8258" both work. */
export function parseCoordinate(text: string): number | undefined {
  const normalised = text.trim().replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

/** The place two typed fields name, or null while they do not name one inside the bounds. */
export function placeFromText(latitude: string, longitude: string): LatLon | null {
  const lat = parseCoordinate(latitude);
  const lon = parseCoordinate(longitude);
  if (lat === undefined || lon === undefined) return null;
  const place = { latitude: lat, longitude: lon };
  return withinPlaceBounds(place) ? place : null;
}
