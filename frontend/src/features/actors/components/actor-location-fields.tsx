import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormTextField } from '../../../components/form';
import { placeFromText } from '../../../components/map/bounds';
import { LocationPicker } from '../../../components/map/location-picker';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { ActorFormValues } from '../validation';

/**
 * The actor's location: a map to pick it on, and the typed latitude and longitude it fills in.
 * The typed fields stay (keyboard users, known coordinates) and keep their own errors.
 */
export function ActorLocationFields({ latId, lonId }: { latId: string; lonId: string }) {
  const { t } = useI18n();
  const hintId = useId();
  const { control, setValue, formState } = useFormContext<ActorFormValues>();
  const [lat, lon] = useWatch({ control, name: ['lat', 'lon'] });
  // After a submission a changed field is checked again at once, as one typed into would be.
  const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };

  return (
    <fieldset className="field-group" aria-describedby={hintId}>
      <legend>{t('form.location')}</legend>
      <p id={hintId} className="field__hint">
        {t('form.locationHint')}
      </p>
      <LocationPicker
        value={placeFromText(lat, lon)}
        onChange={(place) => {
          setValue('lat', place ? String(place.latitude) : '', options);
          setValue('lon', place ? String(place.longitude) : '', options);
        }}
      >
        <div className="field-row">
          {/* Each coordinate's verdict ("fill in both") follows the other's. */}
          <FormTextField<ActorFormValues> name="lat" id={latId} label={t('form.lat')} inputMode="decimal" rules={{ deps: ['lon'] }} />
          <FormTextField<ActorFormValues> name="lon" id={lonId} label={t('form.lon')} inputMode="decimal" rules={{ deps: ['lat'] }} />
        </div>
      </LocationPicker>
    </fieldset>
  );
}
