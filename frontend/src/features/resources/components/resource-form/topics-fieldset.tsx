import { useFormContext, useWatch } from 'react-hook-form';
import { FormCheckboxGroup, FormTextField } from '../../../../components/form';
import { placeFromText } from '../../../../components/map/bounds';
import { LocationPicker } from '../../../../components/map/location-picker';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../../lib/i18n/localized-text';
import type { Municipality, Sdg, TechnologyArea } from '../../model';
import type { ResourceFormValues } from '../../validation';
import { useResourceField } from './field-ids';
import { MunicipalitySelect } from './municipality-select';

interface TopicsProps {
  municipalities: readonly Municipality[];
  technologyAreas: readonly TechnologyArea[];
  sdgs: readonly Sdg[];
}

/** What a resource is about and where: tags, technology areas, SDGs, municipality and place. */
export function TopicsFieldset({ municipalities, technologyAreas, sdgs }: TopicsProps) {
  const { t, language } = useI18n();
  const { bind, idOf } = useResourceField();
  const { setValue, formState } = useFormContext<ResourceFormValues>();
  const [latitude, longitude] = useWatch<ResourceFormValues, ['latitude', 'longitude']>({ name: ['latitude', 'longitude'] });
  const whereId = `${idOf('location.lat')}-where`;
  return (
    <fieldset>
      <legend>{t('resourceForm.topics')}</legend>
      <FormTextField {...bind('tags')} label={t('resourceForm.tags')} hint={t('resourceForm.tagsHint')} />
      <FormCheckboxGroup
        {...bind('technologyAreas')}
        legend={t('resourceForm.technologyAreas')}
        hint={t('form.technologyAreasHint')}
        options={technologyAreas.map((area) => {
          const name = pickLocalized(area.name, language);
          return { value: area.code, label: name?.text ?? area.code, lang: name && name.language !== language ? name.language : undefined };
        })}
      />
      <FormCheckboxGroup<ResourceFormValues, number>
        {...bind('sdgs')}
        legend={t('resourceForm.sdgs')}
        options={sdgs.map((sdg) => ({
          value: sdg.number,
          label: t('resource.sdg', { number: sdg.number, name: pickLocalized(sdg.name, language)?.text ?? '' }),
        }))}
      />
      <MunicipalitySelect field="municipalityCode" label={t('resourceForm.municipality')} municipalities={municipalities} />
      <fieldset className="field-group" aria-describedby={whereId}>
        <legend>{t('resourceForm.location')}</legend>
        <p id={whereId} className="field__hint">
          {t('resourceForm.locationHint')}
        </p>
        {/* The map picks; the typed fields stay (keyboard users, known coordinates) and keep their errors. */}
        <LocationPicker
          value={placeFromText(latitude, longitude)}
          onChange={(place) => {
            // Checked again at once only after a first attempt, as typing in the fields is.
            const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };
            setValue('latitude', place ? String(place.latitude) : '', options);
            setValue('longitude', place ? String(place.longitude) : '', options);
          }}
        >
          <div className="field-row">
            <FormTextField {...bind('location.lat')} label={t('resourceForm.latitude')} inputMode="decimal" rules={{ deps: ['longitude'] }} />
            <FormTextField {...bind('location.lon')} label={t('resourceForm.longitude')} inputMode="decimal" rules={{ deps: ['latitude'] }} />
          </div>
        </LocationPicker>
      </fieldset>
    </fieldset>
  );
}
