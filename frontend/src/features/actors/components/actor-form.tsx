import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { describeField, FieldError, FormErrorSummary, Hint, Label } from '../../../components/form-parts';
import { placeFromText } from '../../../components/map/bounds';
import { LocationPicker } from '../../../components/map/location-picker';
import { MunicipalityOptions } from '../../../components/municipality-options';
import { formErrorsOf } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { ACTOR_KINDS, type ActorInput, type Municipality, type TechnologyArea } from '../model';
import {
  ACTOR_FIELDS,
  COMPETENCES_MAX,
  DESCRIPTION_MAX,
  TECHNOLOGY_AREAS_MAX,
  fieldOfServerError,
  messageParams,
  validateActor,
  type ActorField,
  type ActorFormValues,
  type FieldErrors,
} from '../validation';

export interface ActorFormProps {
  initialValues: ActorFormValues;
  municipalities: readonly Municipality[];
  technologyAreas: readonly TechnologyArea[];
  submitLabel: string;
  pending: boolean;
  /** The last failed submission; its field errors are shown on the fields they name. */
  serverError: unknown;
  onValid: (input: ActorInput) => void;
  /** More actions beside the submit button, such as a cancel link. */
  actions?: ReactNode;
}

/**
 * The actor's details, for registering and for editing. Checks the same rules as the API before
 * sending (validation.ts) and shows the server's own field errors next to the same fields.
 */
export function ActorForm({
  initialValues,
  municipalities,
  technologyAreas,
  submitLabel,
  pending,
  serverError,
  onValid,
  actions,
}: ActorFormProps) {
  const { t, language } = useI18n();
  const prefix = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState(initialValues);
  const [attempted, setAttempted] = useState(false);
  // Fields changed since the server's verdict: its message for them no longer applies.
  const [editedSinceServer, setEditedSinceServer] = useState<ReadonlySet<ActorField>>(new Set());

  const context = useMemo(
    () => ({
      municipalityCodes: new Set(municipalities.map((m) => m.code)),
      technologyAreaCodes: new Set(technologyAreas.map((a) => a.code)),
    }),
    [municipalities, technologyAreas],
  );
  const validation = validateActor(values, context);
  const clientErrors: FieldErrors = attempted && !validation.ok ? validation.errors : {};
  const server = useMemo(() => formErrorsOf(serverError, fieldOfServerError, language), [serverError, language]);

  // A new server answer starts over: no field has been edited since it (adjusted while rendering,
  // React's pattern for state that follows a prop); moving the focus is the effect's job.
  const [answered, setAnswered] = useState(serverError);
  if (serverError !== answered) {
    setAnswered(serverError);
    setEditedSinceServer(new Set());
  }
  useEffect(() => {
    if (serverError) summaryRef.current?.focus();
  }, [serverError]);

  const idOf = (field: ActorField) => `${prefix}-${field}`;
  const errorOf = (field: ActorField): string | undefined => {
    const code = clientErrors[field];
    if (code) return t(`validation.${code}`, messageParams(code, field));
    return editedSinceServer.has(field) ? undefined : server?.fields[field];
  };

  function set<F extends ActorField>(field: F, value: ActorFormValues[F]) {
    setValues((current) => ({ ...current, [field]: value }));
    setEditedSinceServer((current) => new Set(current).add(field));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (validation.ok) {
      onValid(validation.input);
      return;
    }
    const first = ACTOR_FIELDS.find((field) => validation.errors[field]);
    if (first) document.getElementById(idOf(first))?.focus();
  }

  /** Label, hint and error wired to the control (see describeField), with this field's error. */
  function describe(field: ActorField, hint?: string) {
    const error = errorOf(field);
    return { error, ...describeField(idOf(field), error, hint) };
  }

  // Render helpers, not components: a component declared in here would remount (and lose focus) on every keystroke.
  function textField({
    field,
    label,
    hint,
    required,
    type = 'text',
    autoComplete,
    inputMode,
  }: {
    field: 'name' | 'orgNumber' | 'website' | 'logoUrl' | 'contactEmail' | 'lat' | 'lon' | 'competences';
    label: string;
    hint?: string;
    required?: boolean;
    type?: 'text' | 'url' | 'email';
    autoComplete?: string;
    inputMode?: 'decimal' | 'numeric';
  }) {
    const { error, hintId, errorId, controlProps } = describe(field, hint);
    return (
      <div className={error ? 'field field--invalid' : 'field'}>
        <Label htmlFor={idOf(field)} text={label} required={required} />
        <Hint id={hintId} text={hint} />
        <FieldError id={errorId} text={error} />
        <input
          {...controlProps}
          type={type}
          value={values[field]}
          aria-required={required || undefined}
          autoComplete={autoComplete}
          inputMode={inputMode}
          onChange={(event) => set(field, event.target.value)}
        />
      </div>
    );
  }

  function textArea({ field, label, hint }: { field: 'descriptionSv' | 'descriptionEn'; label: string; hint: string }) {
    const { error, hintId, errorId, controlProps } = describe(field, hint);
    return (
      <div className={error ? 'field field--invalid' : 'field'}>
        <Label htmlFor={idOf(field)} text={label} />
        <Hint id={hintId} text={hint} />
        <FieldError id={errorId} text={error} />
        <textarea
          {...controlProps}
          rows={6}
          lang={field === 'descriptionSv' ? 'sv' : 'en'}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      </div>
    );
  }

  const kind = describe('kind');
  const municipality = describe('municipalityCode');
  const areas = describe('technologyAreas', t('form.technologyAreasAtMost', { max: TECHNOLOGY_AREAS_MAX }));

  return (
    <form className="actor-form" noValidate onSubmit={submit}>
      <FormErrorSummary serverError={serverError} server={server} invalid={attempted && !validation.ok} summaryRef={summaryRef} />

      <fieldset>
        <legend>{t('form.basics')}</legend>
        {textField({ field: 'name', label: t('form.name'), required: true, autoComplete: 'organization' })}
        <div className={kind.error ? 'field field--invalid' : 'field'}>
          <Label htmlFor={idOf('kind')} text={t('form.kind')} required />
          <FieldError id={kind.errorId} text={kind.error} />
          <select
            {...kind.controlProps}
            aria-required
            value={values.kind}
            onChange={(event) => set('kind', event.target.value)}
          >
            <option value="">{t('form.kindChoose')}</option>
            {ACTOR_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`actorKind.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {textField({ field: 'orgNumber', label: t('form.orgNumber'), hint: t('form.orgNumberHint') })}
        {textArea({ field: 'descriptionSv', label: t('form.descriptionSv'), hint: t('form.descriptionHint', { max: DESCRIPTION_MAX }) })}
        {textArea({ field: 'descriptionEn', label: t('form.descriptionEn'), hint: t('form.descriptionHint', { max: DESCRIPTION_MAX }) })}
      </fieldset>

      <fieldset>
        <legend>{t('form.contact')}</legend>
        {textField({ field: 'website', type: 'url', label: t('form.website'), hint: t('form.urlHint'), autoComplete: 'url' })}
        {textField({ field: 'logoUrl', type: 'url', label: t('form.logoUrl'), hint: t('form.urlHint') })}
        {textField({ field: 'contactEmail', type: 'email', label: t('form.contactEmail'), autoComplete: 'email' })}
        <div className={municipality.error ? 'field field--invalid' : 'field'}>
          <Label htmlFor={idOf('municipalityCode')} text={t('form.municipality')} />
          <FieldError id={municipality.errorId} text={municipality.error} />
          <select
            {...municipality.controlProps}
            value={values.municipalityCode}
            onChange={(event) => set('municipalityCode', event.target.value)}
          >
            <option value="">{t('form.municipalityNone')}</option>
            <MunicipalityOptions municipalities={municipalities} />
          </select>
        </div>
        <fieldset className="field-group" aria-describedby={`${prefix}-location-hint`}>
          <legend>{t('form.location')}</legend>
          <p id={`${prefix}-location-hint`} className="field__hint">
            {t('form.locationHint')}
          </p>
          {/* The map picks; the typed fields stay (keyboard users, known coordinates) and keep their errors. */}
          <LocationPicker
            value={placeFromText(values.lat, values.lon)}
            onChange={(place) => {
              set('lat', place ? String(place.latitude) : '');
              set('lon', place ? String(place.longitude) : '');
            }}
          >
            <div className="field-row">
              {textField({ field: 'lat', label: t('form.lat'), inputMode: 'decimal' })}
              {textField({ field: 'lon', label: t('form.lon'), inputMode: 'decimal' })}
            </div>
          </LocationPicker>
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t('form.focus')}</legend>
        <fieldset
          className={areas.error ? 'field-group field--invalid' : 'field-group'}
          aria-describedby={areas.controlProps['aria-describedby']}
          id={idOf('technologyAreas')}
          tabIndex={-1}
        >
          <legend>{t('form.technologyAreas')}</legend>
          <Hint id={areas.hintId} text={t('form.technologyAreasAtMost', { max: TECHNOLOGY_AREAS_MAX })} />
          <FieldError id={areas.errorId} text={areas.error} />
          <ul className="checkbox-grid">
            {technologyAreas.map((area) => {
              const name = pickLocalized(area.name, language);
              const checked = values.technologyAreas.includes(area.code);
              return (
                <li key={area.code}>
                  <label>
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={() =>
                        set(
                          'technologyAreas',
                          checked
                            ? values.technologyAreas.filter((code) => code !== area.code)
                            : [...values.technologyAreas, area.code],
                        )
                      }
                    />{' '}
                    <span lang={name && name.language !== language ? name.language : undefined}>
                      {name?.text ?? area.code}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {textField({ field: 'competences', label: t('form.competences'), hint: t('form.competencesHint', { max: COMPETENCES_MAX }) })}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('form.saving') : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
