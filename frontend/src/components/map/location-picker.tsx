import { lazy, useCallback, useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import { parseCoordinate, placeFromText, PLACE_BOUNDS, roundPlace, withinPlaceBounds, type LatLon } from './bounds';
import { MapRegion } from './map-region';

const LocationPickerCanvas = lazy(() => import('./location-picker-canvas'));

export interface LocationPickerProps {
  value: LatLon | null;
  onChange: (value: LatLon | null) => void;
  /**
   * The typed latitude and longitude fields, when the form has its own (so that its validation
   * and the server's field errors stay on them); without them the picker shows two of its own.
   */
  children?: ReactNode;
}

/**
 * Picks a location by clicking the map or dragging its marker; shows the chosen decimals and
 * keeps typing them possible, for keyboard users and for anyone who knows the coordinates.
 * A click outside the area the API accepts picks nothing and says why.
 */
export function LocationPicker({ value, onChange, children }: LocationPickerProps) {
  const { t } = useI18n();
  const hintId = useId();
  const [outside, setOutside] = useState(false);
  const shown = value && withinPlaceBounds(value) ? value : null;

  const pick = useCallback(
    (place: LatLon) => {
      const rounded = roundPlace(place);
      if (!withinPlaceBounds(rounded)) {
        setOutside(true);
        return;
      }
      setOutside(false);
      onChange(rounded);
    },
    [onChange],
  );

  return (
    <div className="location-picker">
      <p id={hintId} className="field__hint">
        {t('picker.hint')}
      </p>
      <MapRegion className="location-picker__map" label={t('picker.label')} describedBy={hintId}>
        {(onTileError) => <LocationPickerCanvas value={shown} onPick={pick} onTileError={onTileError} markerLabel={t('picker.marker')} />}
      </MapRegion>
      <p className="location-picker__chosen" aria-live="polite">
        {shown
          ? t('picker.chosen', { latitude: shown.latitude.toFixed(5), longitude: shown.longitude.toFixed(5) })
          : t('picker.none')}
        {shown && (
          <>
            {' '}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setOutside(false);
                onChange(null);
              }}
            >
              {t('picker.clear')}
            </button>
          </>
        )}
      </p>
      {outside && (
        <p className="field__error" role="alert">
          {t('picker.outside', {
            latMin: PLACE_BOUNDS.latitude.min.toFixed(1),
            latMax: PLACE_BOUNDS.latitude.max.toFixed(1),
            lonMin: PLACE_BOUNDS.longitude.min.toFixed(1),
            lonMax: PLACE_BOUNDS.longitude.max.toFixed(1),
          })}
        </p>
      )}
      {children ?? <TypedLocation value={value} onChange={onChange} />}
    </div>
  );
}

/** The picker's own latitude and longitude fields, for a form that has none. */
function TypedLocation({ value, onChange }: { value: LatLon | null; onChange: (value: LatLon | null) => void }) {
  const { t } = useI18n();
  const prefix = useId();
  const [latitude, setLatitude] = useState(value ? String(value.latitude) : '');
  const [longitude, setLongitude] = useState(value ? String(value.longitude) : '');

  // A pick on the map (or a clear) rewrites the fields; typing that parses to the same place does not.
  // Adjusted while rendering (React's pattern for state that follows a prop), not in an effect.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setLatitude((current) => (value && parseCoordinate(current) === value.latitude ? current : value ? String(value.latitude) : ''));
    setLongitude((current) => (value && parseCoordinate(current) === value.longitude ? current : value ? String(value.longitude) : ''));
  }

  function typed(nextLatitude: string, nextLongitude: string) {
    setLatitude(nextLatitude);
    setLongitude(nextLongitude);
    const place = placeFromText(nextLatitude, nextLongitude);
    if (nextLatitude.trim() === '' && nextLongitude.trim() === '') onChange(null);
    else if (place) onChange(place);
  }

  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${prefix}-lat`}>{t('picker.latitude')}</label>
        <input
          id={`${prefix}-lat`}
          type="text"
          inputMode="decimal"
          value={latitude}
          onChange={(event) => typed(event.target.value, longitude)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-lon`}>{t('picker.longitude')}</label>
        <input
          id={`${prefix}-lon`}
          type="text"
          inputMode="decimal"
          value={longitude}
          onChange={(event) => typed(latitude, event.target.value)}
        />
      </div>
    </div>
  );
}
