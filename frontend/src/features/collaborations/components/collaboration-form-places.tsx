import { useState } from 'react';
import { useController } from 'react-hook-form';
import { describeField, FieldError, Hint, useFieldError } from '../../../components/form';
import { MunicipalityOptions } from '../../../components/municipality-options';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { Municipality } from '../model';
import { MAX_ITEMS, type CollaborationFormValues } from '../validation';

/**
 * The municipalities where the collaboration takes place: the chosen ones with remove buttons,
 * and a select with an add button (a list of 290 checkboxes would be no help).
 */
export function PlacesField({ id, municipalities }: { id: string; municipalities: readonly Municipality[] }) {
  const { t } = useI18n();
  const [placeToAdd, setPlaceToAdd] = useState('');
  const {
    field: { value: places, onChange },
  } = useController<CollaborationFormValues, 'places'>({ name: 'places' });
  const error = useFieldError<CollaborationFormValues>('places');
  const hint = t('collabForm.placesHint', { max: MAX_ITEMS.places });
  const { hintId, errorId, controlProps } = describeField(id, error, hint);
  const nameOf = (code: string) => municipalities.find((m) => m.code === code)?.name ?? code;

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'field-group field--invalid' : 'field-group'}
      aria-describedby={controlProps['aria-describedby']}
    >
      <legend>{t('collabForm.places')}</legend>
      <Hint id={hintId} text={hint} />
      <FieldError id={errorId} text={error} />
      {places.length === 0 ? (
        <p className="muted">{t('collabForm.noPlaces')}</p>
      ) : (
        <ul className="plain-list">
          {places.map((code) => (
            <li key={code}>
              {nameOf(code)}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(places.filter((other) => other !== code))}
              >
                {t('collabForm.placeRemove', { name: nameOf(code) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-choose`}>{t('collabForm.placeChoose')}</label>
          <select id={`${id}-choose`} value={placeToAdd} onChange={(event) => setPlaceToAdd(event.target.value)}>
            <option value="">{t('form.municipalityNone')}</option>
            <MunicipalityOptions municipalities={municipalities} exclude={places} />
          </select>
        </div>
        <div className="field field--button">
          <button
            type="button"
            className="button button--secondary"
            disabled={!placeToAdd}
            onClick={() => {
              onChange([...places, placeToAdd]);
              setPlaceToAdd('');
            }}
          >
            {t('collabForm.placeAdd')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
