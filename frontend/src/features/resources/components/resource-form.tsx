import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode, type ComponentProps } from 'react';
import { describeField, FieldError, FormErrorSummary, Hint, Label, SelectField, TextAreaField, TextInputField } from '../../../components/form-parts';
import { placeFromText } from '../../../components/map/bounds';
import { LocationPicker } from '../../../components/map/location-picker';
import { MunicipalityOptions } from '../../../components/municipality-options';
import { formErrorsOf } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { withoutCoOrganiser, type CoOrganiserInvitation } from '../moderation';
import { CoOrganisersField } from './co-organisers-field';
import {
  ACCESS_CONDITIONS,
  ATTENDANCE_MODES,
  DETAILS_FIELD,
  EDUCATION_LEVELS,
  EVENT_STATUSES,
  FAMILIES,
  FAMILY_OF_KIND,
  FREQUENCIES,
  isResourceKind,
  RESOURCE_KINDS,
  STUDY_MODES,
  WEEKDAYS,
  type ActorRef,
  type Municipality,
  type ResourceInput,
  type Sdg,
  type TechnologyArea,
} from '../model';
import {
  fieldOfServerError,
  firstFieldAtFault,
  MAX_ITEMS,
  MAX_LENGTH,
  occurrenceDates,
  toLocalDateTime,
  validateResource,
  type FieldErrors,
  type FormField,
  type ResourceFormValues,
  type ValidationCode,
} from '../validation';

export interface ResourceFormProps {
  initialValues: ResourceFormValues;
  /** The actors the caller may publish for. */
  publishers: readonly ActorRef[];
  /** Editing: the publisher and the kind cannot change. */
  fixed?: boolean;
  municipalities: readonly Municipality[];
  technologyAreas: readonly TechnologyArea[];
  sdgs: readonly Sdg[];
  submitLabel: string;
  pending: boolean;
  /** The last failed submission; its field errors are shown on the fields they name. */
  serverError: unknown;
  onValid: (input: ResourceInput) => void;
  /** More actions beside the submit button, such as a cancel link. */
  actions?: ReactNode;
  /** Editing: the actors named as co-organisers, with their answers (the publisher's people get them). */
  coOrganisers?: readonly CoOrganiserInvitation[];
}

type Section = 'event' | 'facility' | 'education' | 'researchResult' | 'horizonScan' | 'meetingPlace' | 'supportUnit' | 'seminarSeries';
type TopLevel = Exclude<keyof ResourceFormValues, Section | 'kept' | 'links' | 'technologyAreas' | 'sdgs'>;

/**
 * A resource's fields, for creating and for editing: the common ones, and those of the chosen
 * kind in a group of their own. Checks the API's rules before sending (validation.ts) and shows
 * the server's own field errors on the fields of the same API path.
 */
export function ResourceForm({
  initialValues,
  publishers,
  fixed = false,
  municipalities,
  technologyAreas,
  sdgs,
  submitLabel,
  pending,
  serverError,
  onValid,
  actions,
  coOrganisers = [],
}: ResourceFormProps) {
  const { t, language } = useI18n();
  const prefix = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState(initialValues);
  // Actors invited in this form, not yet saved: their names for the list (the ids are in values.kept).
  const [addedCoOrganisers, setAddedCoOrganisers] = useState<ActorRef[]>([]);
  const [attempted, setAttempted] = useState(false);
  // Fields changed since the server's verdict: its message for them no longer applies.
  const [editedSinceServer, setEditedSinceServer] = useState<ReadonlySet<FormField>>(new Set());

  const context = useMemo(
    () => ({
      municipalityCodes: new Set(municipalities.map((m) => m.code)),
      technologyAreaCodes: new Set(technologyAreas.map((a) => a.code)),
      ...(fixed ? {} : { actorIds: new Set(publishers.map((actor) => actor.id)) }),
    }),
    [municipalities, technologyAreas, publishers, fixed],
  );
  const validation = validateResource(values, context);
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

  const idOf = (field: FormField) => `${prefix}-${field}`;
  const messageOf = (field: FormField, code: ValidationCode): string => {
    const lengthKey = /^links\[\d+\]\.label$/.test(field) ? 'linkLabel' : field;
    const max = code === 'tooMany' ? MAX_ITEMS[field] : MAX_LENGTH[lengthKey];
    return t(`resourceValidation.${code}`, max === undefined ? undefined : { max: max.toLocaleString(language) });
  };
  const errorOf = (field: FormField): string | undefined => {
    const code = clientErrors[field];
    if (code) return messageOf(field, code);
    return editedSinceServer.has(field) ? undefined : server?.fields[field];
  };
  const edited = (field: FormField) => setEditedSinceServer((current) => new Set(current).add(field));

  function setTop<K extends TopLevel | 'technologyAreas' | 'sdgs' | 'links'>(key: K, value: ResourceFormValues[K], field: FormField) {
    setValues((current) => ({ ...current, [key]: value }));
    edited(field);
  }
  function setIn<S extends Section, K extends keyof ResourceFormValues[S]>(
    section: S,
    key: K,
    value: ResourceFormValues[S][K],
    field: FormField,
  ) {
    setValues((current) => ({ ...current, [section]: { ...current[section], [key]: value } }));
    edited(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (validation.ok) {
      onValid(validation.input);
      return;
    }
    const first = firstFieldAtFault(validation.errors);
    if (first) document.getElementById(idOf(first))?.focus();
  }

  /** Label, hint and error wired to the control (see describeField), with this field's error. */
  function describe(field: FormField, hint?: string) {
    const error = errorOf(field);
    return { error, ...describeField(idOf(field), error, hint) };
  }

  // Render helpers, not components: the field components are shared; these only wire a field's id and error.
  function input({ field, ...rest }: Omit<ComponentProps<typeof TextInputField>, 'id' | 'error'> & { field: FormField }) {
    return <TextInputField id={idOf(field)} error={errorOf(field)} {...rest} />;
  }

  function textArea({ field, ...rest }: Omit<ComponentProps<typeof TextAreaField>, 'id' | 'error'> & { field: FormField }) {
    return <TextAreaField id={idOf(field)} error={errorOf(field)} {...rest} />;
  }

  function select({ field, ...rest }: Omit<ComponentProps<typeof SelectField>, 'id' | 'error' | 'empty'> & { field: FormField; empty: string }) {
    return <SelectField id={idOf(field)} error={errorOf(field)} {...rest} />;
  }

  function checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
    return (
      <div className="field field--checkbox">
        <label>
          <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} /> {label}
        </label>
      </div>
    );
  }

  /** A group of checkboxes (a fieldset that takes the focus when it is at fault). */
  function checkboxGroup<T extends string | number>({
    field,
    legend,
    hint,
    options,
    chosen,
    onChange,
  }: {
    field: FormField;
    legend: string;
    hint?: string;
    options: readonly { value: T; label: string; lang?: string | undefined }[];
    chosen: readonly T[];
    onChange: (chosen: T[]) => void;
  }) {
    const { error, hintId, errorId } = describe(field, hint);
    return (
      <fieldset
        className={error ? 'field-group field--invalid' : 'field-group'}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        id={idOf(field)}
        tabIndex={-1}
      >
        <legend>{legend}</legend>
        <Hint id={hintId} text={hint} />
        <FieldError id={errorId} text={error} />
        <ul className="checkbox-grid">
          {options.map((option) => {
            const checked = chosen.includes(option.value);
            return (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() =>
                      onChange(checked ? chosen.filter((value) => value !== option.value) : [...chosen, option.value])
                    }
                  />{' '}
                  <span lang={option.lang}>{option.label}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    );
  }

  function municipalitySelect(field: FormField, label: string, value: string, onChange: (value: string) => void) {
    const { error, errorId, className, controlProps } = describe(field);
    return (
      <div className={className}>
        <Label htmlFor={idOf(field)} text={label} />
        <FieldError id={errorId} text={error} />
        <select {...controlProps} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('form.municipalityNone')}</option>
          <MunicipalityOptions municipalities={municipalities} />
        </select>
      </div>
    );
  }

  const kind = isResourceKind(values.kind) ? values.kind : undefined;
  const section = kind ? DETAILS_FIELD[kind] : undefined;
  const actor = describe('actorId', fixed ? t('resourceForm.fixed') : undefined);
  const kindField = describe('kind');
  // An actor of the resource that the caller no longer edits for still shows by name when editing.
  const actorOptions = publishers.some((p) => p.id === values.actorId) || !values.actorId
    ? publishers
    : [...publishers, { id: values.actorId, slug: '', name: values.actorId, status: 'ACTIVE' as const }];

  function eventFields() {
    const e = values.event;
    const set = <K extends keyof ResourceFormValues['event']>(key: K, value: ResourceFormValues['event'][K], field: FormField) =>
      setIn('event', key, value, field);
    const start = toLocalDateTime(e.start);
    let preview: number | undefined;
    if (e.repeats && start && validation.ok && validation.input.event?.recurrence) {
      preview = occurrenceDates(start.slice(0, 10), validation.input.event.recurrence)?.length;
    }
    const recurrenceError = describe('event.recurrence');
    return (
      <fieldset>
        <legend>{t('resourceForm.event')}</legend>
        <div className="field-row">
          {input({
            field: 'event.start',
            label: t('resourceForm.eventStart'),
            type: 'datetime-local',
            required: true,
            hint: t('resourceForm.eventTimesHint'),
            value: e.start,
            onChange: (value) => set('start', value, 'event.start'),
          })}
          {input({
            field: 'event.end',
            label: t('resourceForm.eventEnd'),
            type: 'datetime-local',
            required: true,
            hint: t('resourceForm.eventTimesHint'),
            value: e.end,
            onChange: (value) => set('end', value, 'event.end'),
          })}
        </div>
        {checkbox({ label: t('resourceForm.allDay'), checked: e.allDay, onChange: (checked) => set('allDay', checked, 'event.start') })}
        {input({
          field: 'event.timeZone',
          label: t('resourceForm.timeZone'),
          hint: t('resourceForm.timeZoneHint'),
          value: e.timeZone,
          onChange: (value) => set('timeZone', value, 'event.timeZone'),
        })}

        <fieldset className="field-group" id={idOf('event.recurrence')} tabIndex={-1} aria-describedby={recurrenceError.errorId}>
          <legend>{t('resourceForm.recurrence')}</legend>
          <FieldError id={recurrenceError.errorId} text={recurrenceError.error} />
          {checkbox({
            label: t('resourceForm.repeats'),
            checked: e.repeats,
            onChange: (checked) => set('repeats', checked, 'event.recurrence'),
          })}
          {e.repeats && (
            <>
              <div className="field-row">
                {select({
                  field: 'event.recurrence.freq',
                  label: t('resourceForm.freq'),
                  value: e.freq,
                  empty: t('resourceForm.choose'),
                  required: true,
                  options: FREQUENCIES.map((freq) => ({ value: freq, label: t(`frequency.${freq}`) })),
                  onChange: (value) => set('freq', value, 'event.recurrence.freq'),
                })}
                {input({
                  field: 'event.recurrence.interval',
                  label: t('resourceForm.interval'),
                  hint: t('resourceForm.intervalHint'),
                  type: 'number',
                  min: 1,
                  max: 99,
                  inputMode: 'numeric',
                  value: e.interval,
                  onChange: (value) => set('interval', value, 'event.recurrence.interval'),
                })}
              </div>
              {e.freq !== 'DAILY' &&
                checkboxGroup({
                  field: 'event.recurrence.byDay',
                  legend: t('resourceForm.byDay'),
                  hint: t('resourceForm.byDayHint'),
                  options: WEEKDAYS.map((day) => ({ value: day, label: t(`weekday.${day}`) })),
                  chosen: e.byDay,
                  onChange: (chosen) => set('byDay', chosen, 'event.recurrence.byDay'),
                })}
              <fieldset className="field-group">
                <legend>{t('resourceForm.ends')}</legend>
                <div className="field field--checkbox">
                  <label>
                    <input
                      type="radio"
                      name={`${prefix}-ends`}
                      checked={e.ends === 'count'}
                      onChange={() => set('ends', 'count', 'event.recurrence.count')}
                    />{' '}
                    {t('resourceForm.endsCount')}
                  </label>
                </div>
                <div className="field field--checkbox">
                  <label>
                    <input
                      type="radio"
                      name={`${prefix}-ends`}
                      checked={e.ends === 'until'}
                      onChange={() => set('ends', 'until', 'event.recurrence.until')}
                    />{' '}
                    {t('resourceForm.endsUntil')}
                  </label>
                </div>
                {e.ends === 'count'
                  ? input({
                      field: 'event.recurrence.count',
                      label: t('resourceForm.count'),
                      hint: t('resourceForm.countHint'),
                      type: 'number',
                      min: 1,
                      max: 200,
                      inputMode: 'numeric',
                      required: true,
                      value: e.count,
                      onChange: (value) => set('count', value, 'event.recurrence.count'),
                    })
                  : input({
                      field: 'event.recurrence.until',
                      label: t('resourceForm.until'),
                      hint: t('resourceForm.untilHint'),
                      type: 'date',
                      required: true,
                      value: e.until,
                      onChange: (value) => set('until', value, 'event.recurrence.until'),
                    })}
              </fieldset>
              {input({
                field: 'event.recurrence.exceptions',
                label: t('resourceForm.exceptions'),
                hint: t('resourceForm.exceptionsHint'),
                value: e.exceptions,
                onChange: (value) => set('exceptions', value, 'event.recurrence.exceptions'),
              })}
              {preview !== undefined && (
                <p className="muted">
                  {preview === 1 ? t('resourceForm.previewOne') : t('resourceForm.preview', { count: preview })}
                </p>
              )}
            </>
          )}
        </fieldset>

        <fieldset className="field-group">
          <legend>{t('resourceForm.venue')}</legend>
          {input({
            field: 'event.venue.name',
            label: t('resourceForm.venueName'),
            value: e.venueName,
            onChange: (value) => set('venueName', value, 'event.venue.name'),
          })}
          {input({
            field: 'event.venue.address',
            label: t('resourceForm.venueAddress'),
            autoComplete: 'street-address',
            value: e.venueAddress,
            onChange: (value) => set('venueAddress', value, 'event.venue.address'),
          })}
          {municipalitySelect('event.venue.municipalityCode', t('resourceForm.venueMunicipality'), e.venueMunicipalityCode, (value) =>
            set('venueMunicipalityCode', value, 'event.venue.municipalityCode'),
          )}
        </fieldset>
        {select({
          field: 'event.attendanceMode',
          label: t('resourceForm.attendanceMode'),
          value: e.attendanceMode,
          empty: t('resourceForm.notSet'),
          options: ATTENDANCE_MODES.map((mode) => ({ value: mode, label: t(`attendance.${mode}`) })),
          onChange: (value) => set('attendanceMode', value, 'event.attendanceMode'),
        })}
        {input({
          field: 'event.onlineUrl',
          label: t('resourceForm.onlineUrl'),
          type: 'url',
          hint: t('resourceForm.urlHint'),
          value: e.onlineUrl,
          onChange: (value) => set('onlineUrl', value, 'event.onlineUrl'),
        })}
        {input({
          field: 'event.registrationUrl',
          label: t('resourceForm.registrationUrl'),
          type: 'url',
          hint: t('resourceForm.urlHint'),
          value: e.registrationUrl,
          onChange: (value) => set('registrationUrl', value, 'event.registrationUrl'),
        })}
        <div className="field-row">
          {input({
            field: 'event.registrationDeadline',
            label: t('resourceForm.registrationDeadline'),
            type: 'date',
            value: e.registrationDeadline,
            onChange: (value) => set('registrationDeadline', value, 'event.registrationDeadline'),
          })}
          {input({
            field: 'event.capacity',
            label: t('resourceForm.capacity'),
            type: 'number',
            min: 1,
            inputMode: 'numeric',
            value: e.capacity,
            onChange: (value) => set('capacity', value, 'event.capacity'),
          })}
        </div>
        {input({
          field: 'event.price',
          label: t('resourceForm.price'),
          hint: t('resourceForm.priceHint'),
          value: e.price,
          onChange: (value) => set('price', value, 'event.price'),
        })}
        {input({
          field: 'event.languages',
          label: t('resourceForm.languages'),
          hint: t('resourceForm.languagesHint'),
          value: e.languages,
          onChange: (value) => set('languages', value, 'event.languages'),
        })}
        {select({
          field: 'event.eventStatus',
          label: t('resourceForm.eventStatus'),
          value: e.eventStatus,
          empty: t('resourceForm.notSet'),
          options: EVENT_STATUSES.map((status) => ({ value: status, label: t(`eventStatus.${status}`) })),
          onChange: (value) => set('eventStatus', value, 'event.eventStatus'),
        })}
      </fieldset>
    );
  }

  function facilityFields() {
    const f = values.facility;
    const set = (key: keyof ResourceFormValues['facility'], value: string, field: FormField) => setIn('facility', key, value, field);
    return (
      <fieldset>
        <legend>{t('resourceForm.facility')}</legend>
        {select({
          field: 'facility.accessCondition',
          label: t('resourceForm.accessCondition'),
          value: f.accessCondition,
          empty: t('resourceForm.choose'),
          required: true,
          options: ACCESS_CONDITIONS.map((access) => ({ value: access, label: t(`access.${access}`) })),
          onChange: (value) => set('accessCondition', value, 'facility.accessCondition'),
        })}
        <fieldset className="field-group" aria-describedby={`${prefix}-trl-hint`}>
          <legend>{t('resourceForm.trl')}</legend>
          <p id={`${prefix}-trl-hint`} className="field__hint">
            {t('resourceForm.trlHint')}
          </p>
          <div className="field-row">
            {input({
              field: 'facility.trlMin',
              label: t('resourceForm.trlMin'),
              type: 'number',
              min: 1,
              max: 9,
              inputMode: 'numeric',
              value: f.trlMin,
              onChange: (value) => set('trlMin', value, 'facility.trlMin'),
            })}
            {input({
              field: 'facility.trlMax',
              label: t('resourceForm.trlMax'),
              type: 'number',
              min: 1,
              max: 9,
              inputMode: 'numeric',
              value: f.trlMax,
              onChange: (value) => set('trlMax', value, 'facility.trlMax'),
            })}
          </div>
        </fieldset>
        {textArea({
          field: 'facility.equipment',
          label: t('resourceForm.equipment'),
          hint: t('resourceForm.linesHint'),
          value: f.equipment,
          onChange: (value) => set('equipment', value, 'facility.equipment'),
        })}
        {textArea({
          field: 'facility.useCases',
          label: t('resourceForm.useCases'),
          hint: t('resourceForm.linesHint'),
          value: f.useCases,
          onChange: (value) => set('useCases', value, 'facility.useCases'),
        })}
        {textArea({
          field: 'facility.datasets',
          label: t('resourceForm.datasets'),
          hint: t('resourceForm.linesHint'),
          value: f.datasets,
          onChange: (value) => set('datasets', value, 'facility.datasets'),
        })}
        {input({
          field: 'facility.costModel',
          label: t('resourceForm.costModel'),
          value: f.costModel,
          onChange: (value) => set('costModel', value, 'facility.costModel'),
        })}
        {input({
          field: 'facility.bookingUrl',
          label: t('resourceForm.bookingUrl'),
          type: 'url',
          hint: t('resourceForm.urlHint'),
          value: f.bookingUrl,
          onChange: (value) => set('bookingUrl', value, 'facility.bookingUrl'),
        })}
      </fieldset>
    );
  }

  function educationFields() {
    const e = values.education;
    const set = (key: keyof ResourceFormValues['education'], value: string, field: FormField) => setIn('education', key, value, field);
    return (
      <fieldset>
        <legend>{t('resourceForm.education')}</legend>
        <div className="field-row">
          {select({
            field: 'education.level',
            label: t('resourceForm.level'),
            value: e.level,
            empty: t('resourceForm.choose'),
            required: true,
            options: EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`educationLevel.${level}`) })),
            onChange: (value) => set('level', value, 'education.level'),
          })}
          {select({
            field: 'education.mode',
            label: t('resourceForm.mode'),
            value: e.mode,
            empty: t('resourceForm.choose'),
            required: true,
            options: STUDY_MODES.map((mode) => ({ value: mode, label: t(`studyMode.${mode}`) })),
            onChange: (value) => set('mode', value, 'education.mode'),
          })}
        </div>
        <div className="field-row">
          {input({
            field: 'education.credits',
            label: t('resourceForm.credits'),
            hint: t('resourceForm.creditsHint'),
            inputMode: 'decimal',
            value: e.credits,
            onChange: (value) => set('credits', value, 'education.credits'),
          })}
          {input({
            field: 'education.pace',
            label: t('resourceForm.pace'),
            type: 'number',
            min: 1,
            max: 100,
            inputMode: 'numeric',
            value: e.pace,
            onChange: (value) => set('pace', value, 'education.pace'),
          })}
        </div>
        {input({
          field: 'education.startDates',
          label: t('resourceForm.startDates'),
          hint: t('resourceForm.datesHint'),
          value: e.startDates,
          onChange: (value) => set('startDates', value, 'education.startDates'),
        })}
        <div className="field-row">
          {input({
            field: 'education.applicationDeadline',
            label: t('resourceForm.applicationDeadline'),
            type: 'date',
            value: e.applicationDeadline,
            onChange: (value) => set('applicationDeadline', value, 'education.applicationDeadline'),
          })}
          {input({
            field: 'education.language',
            label: t('resourceForm.language'),
            hint: t('resourceForm.languageHint'),
            value: e.language,
            onChange: (value) => set('language', value, 'education.language'),
          })}
        </div>
      </fieldset>
    );
  }

  function researchResultFields() {
    const r = values.researchResult;
    return (
      <fieldset>
        <legend>{t('resourceForm.researchResult')}</legend>
        {textArea({
          field: 'researchResult.authors',
          label: t('resourceForm.authors'),
          hint: t('resourceForm.linesHint'),
          required: true,
          rows: 3,
          value: r.authors,
          onChange: (value) => setIn('researchResult', 'authors', value, 'researchResult.authors'),
        })}
        {input({
          field: 'researchResult.date',
          label: t('resourceForm.researchDate'),
          type: 'date',
          required: true,
          value: r.date,
          onChange: (value) => setIn('researchResult', 'date', value, 'researchResult.date'),
        })}
        {input({
          field: 'researchResult.doi',
          label: t('resourceForm.doi'),
          hint: t('resourceForm.doiHint'),
          value: r.doi,
          onChange: (value) => setIn('researchResult', 'doi', value, 'researchResult.doi'),
        })}
        {input({
          field: 'researchResult.url',
          label: t('resourceForm.researchUrl'),
          type: 'url',
          hint: t('resourceForm.urlHint'),
          value: r.url,
          onChange: (value) => setIn('researchResult', 'url', value, 'researchResult.url'),
        })}
        {checkbox({
          label: t('resourceForm.openAccess'),
          checked: r.openAccess,
          onChange: (checked) => setIn('researchResult', 'openAccess', checked, 'researchResult.url'),
        })}
      </fieldset>
    );
  }

  function horizonScanFields() {
    const h = values.horizonScan;
    const set = (key: keyof ResourceFormValues['horizonScan'], value: string, field: FormField) =>
      setIn('horizonScan', key, value, field);
    return (
      <fieldset>
        <legend>{t('resourceForm.horizonScan')}</legend>
        {input({
          field: 'horizonScan.publicationDate',
          label: t('resourceForm.publicationDate'),
          type: 'date',
          required: true,
          value: h.publicationDate,
          onChange: (value) => set('publicationDate', value, 'horizonScan.publicationDate'),
        })}
        {input({
          field: 'horizonScan.publisher',
          label: t('resourceForm.publisherName'),
          value: h.publisher,
          onChange: (value) => set('publisher', value, 'horizonScan.publisher'),
        })}
        {input({
          field: 'horizonScan.themes',
          label: t('resourceForm.themes'),
          hint: t('resourceForm.commasHint'),
          value: h.themes,
          onChange: (value) => set('themes', value, 'horizonScan.themes'),
        })}
        {input({
          field: 'horizonScan.documentUrl',
          label: t('resourceForm.documentUrl'),
          type: 'url',
          hint: t('resourceForm.urlHint'),
          value: h.documentUrl,
          onChange: (value) => set('documentUrl', value, 'horizonScan.documentUrl'),
        })}
      </fieldset>
    );
  }

  function meetingPlaceFields() {
    const m = values.meetingPlace;
    const set = (key: keyof ResourceFormValues['meetingPlace'], value: string, field: FormField) =>
      setIn('meetingPlace', key, value, field);
    return (
      <fieldset>
        <legend>{t('resourceForm.meetingPlace')}</legend>
        {input({
          field: 'meetingPlace.address',
          label: t('resourceForm.address'),
          autoComplete: 'street-address',
          value: m.address,
          onChange: (value) => set('address', value, 'meetingPlace.address'),
        })}
        {input({
          field: 'meetingPlace.openingHours',
          label: t('resourceForm.openingHours'),
          value: m.openingHours,
          onChange: (value) => set('openingHours', value, 'meetingPlace.openingHours'),
        })}
        {input({
          field: 'meetingPlace.facilities',
          label: t('resourceForm.facilities'),
          hint: t('resourceForm.commasHint'),
          value: m.facilities,
          onChange: (value) => set('facilities', value, 'meetingPlace.facilities'),
        })}
        {input({
          field: 'meetingPlace.bookingUrl',
          label: t('resourceForm.bookingUrl'),
          type: 'url',
          hint: t('resourceForm.urlHint'),
          value: m.bookingUrl,
          onChange: (value) => set('bookingUrl', value, 'meetingPlace.bookingUrl'),
        })}
      </fieldset>
    );
  }

  function supportUnitFields() {
    const s = values.supportUnit;
    const set = (key: keyof ResourceFormValues['supportUnit'], value: string, field: FormField) =>
      setIn('supportUnit', key, value, field);
    return (
      <fieldset>
        <legend>{t('resourceForm.supportUnit')}</legend>
        {textArea({
          field: 'supportUnit.services',
          label: t('resourceForm.services'),
          hint: t('resourceForm.linesHint'),
          value: s.services,
          onChange: (value) => set('services', value, 'supportUnit.services'),
        })}
        {textArea({
          field: 'supportUnit.eligibility',
          label: t('resourceForm.eligibility'),
          rows: 3,
          value: s.eligibility,
          onChange: (value) => set('eligibility', value, 'supportUnit.eligibility'),
        })}
        {input({
          field: 'supportUnit.costModel',
          label: t('resourceForm.costModel'),
          value: s.costModel,
          onChange: (value) => set('costModel', value, 'supportUnit.costModel'),
        })}
      </fieldset>
    );
  }

  function seminarSeriesFields() {
    const s = values.seminarSeries;
    return (
      <fieldset>
        <legend>{t('resourceForm.seminarSeries')}</legend>
        {input({
          field: 'seminarSeries.topic',
          label: t('resourceForm.topic'),
          value: s.topic,
          onChange: (value) => setIn('seminarSeries', 'topic', value, 'seminarSeries.topic'),
        })}
        {input({
          field: 'seminarSeries.cadence',
          label: t('resourceForm.cadence'),
          hint: t('resourceForm.cadenceHint'),
          value: s.cadence,
          onChange: (value) => setIn('seminarSeries', 'cadence', value, 'seminarSeries.cadence'),
        })}
      </fieldset>
    );
  }

  const kindFields: Record<Section, () => ReactNode> = {
    event: eventFields,
    facility: facilityFields,
    education: educationFields,
    researchResult: researchResultFields,
    horizonScan: horizonScanFields,
    meetingPlace: meetingPlaceFields,
    supportUnit: supportUnitFields,
    seminarSeries: seminarSeriesFields,
  };

  const linksError = describe('links', t('resourceForm.linksHint'));

  return (
    <form className="actor-form resource-form" noValidate onSubmit={submit}>
      <FormErrorSummary serverError={serverError} server={server} invalid={attempted && !validation.ok} summaryRef={summaryRef} />

      <fieldset>
        <legend>{t('resourceForm.publisher')}</legend>
        <div className={actor.className}>
          <Label htmlFor={idOf('actorId')} text={t('resourceForm.actor')} required />
          <Hint id={actor.hintId} text={fixed ? t('resourceForm.fixed') : undefined} />
          <FieldError id={actor.errorId} text={actor.error} />
          <select
            {...actor.controlProps}
            aria-required
            disabled={fixed}
            value={values.actorId}
            onChange={(event) => setTop('actorId', event.target.value, 'actorId')}
          >
            <option value="">{t('resourceForm.actorChoose')}</option>
            {actorOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div className={kindField.className}>
          <Label htmlFor={idOf('kind')} text={t('resourceForm.kind')} required />
          <FieldError id={kindField.errorId} text={kindField.error} />
          <select
            {...kindField.controlProps}
            aria-required
            disabled={fixed}
            value={values.kind}
            onChange={(event) => setTop('kind', event.target.value, 'kind')}
          >
            <option value="">{t('resourceForm.kindChoose')}</option>
            {FAMILIES.map((family) => (
              <optgroup key={family} label={t(`family.${family}`)}>
                {RESOURCE_KINDS.filter((option) => FAMILY_OF_KIND[option] === family).map((option) => (
                  <option key={option} value={option}>
                    {t(`resourceKind.${option}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('resourceForm.basics')}</legend>
        {input({
          field: 'title.sv',
          label: t('resourceForm.titleSv'),
          hint: t('resourceForm.titleHint'),
          lang: 'sv',
          value: values.titleSv,
          onChange: (value) => setTop('titleSv', value, 'title.sv'),
        })}
        {input({
          field: 'title.en',
          label: t('resourceForm.titleEn'),
          lang: 'en',
          value: values.titleEn,
          onChange: (value) => setTop('titleEn', value, 'title.en'),
        })}
        {textArea({
          field: 'summary.sv',
          label: t('resourceForm.summarySv'),
          hint: t('resourceForm.summaryHint'),
          lang: 'sv',
          rows: 3,
          value: values.summarySv,
          onChange: (value) => setTop('summarySv', value, 'summary.sv'),
        })}
        {textArea({
          field: 'summary.en',
          label: t('resourceForm.summaryEn'),
          hint: t('resourceForm.summaryHint'),
          lang: 'en',
          rows: 3,
          value: values.summaryEn,
          onChange: (value) => setTop('summaryEn', value, 'summary.en'),
        })}
        {textArea({
          field: 'body.sv',
          label: t('resourceForm.bodySv'),
          hint: t('resourceForm.bodyHint'),
          lang: 'sv',
          rows: 8,
          value: values.bodySv,
          onChange: (value) => setTop('bodySv', value, 'body.sv'),
        })}
        {textArea({
          field: 'body.en',
          label: t('resourceForm.bodyEn'),
          hint: t('resourceForm.bodyHint'),
          lang: 'en',
          rows: 8,
          value: values.bodyEn,
          onChange: (value) => setTop('bodyEn', value, 'body.en'),
        })}
      </fieldset>

      {section ? kindFields[section]() : <p className="muted">{t('resourceForm.kindFirst')}</p>}

      <fieldset>
        <legend>{t('resourceForm.topics')}</legend>
        {input({
          field: 'tags',
          label: t('resourceForm.tags'),
          hint: t('resourceForm.tagsHint'),
          value: values.tags,
          onChange: (value) => setTop('tags', value, 'tags'),
        })}
        {checkboxGroup({
          field: 'technologyAreas',
          legend: t('resourceForm.technologyAreas'),
          hint: t('form.technologyAreasHint'),
          options: technologyAreas.map((area) => {
            const name = pickLocalized(area.name, language);
            return { value: area.code, label: name?.text ?? area.code, lang: name && name.language !== language ? name.language : undefined };
          }),
          chosen: values.technologyAreas,
          onChange: (chosen) => setTop('technologyAreas', chosen, 'technologyAreas'),
        })}
        {checkboxGroup({
          field: 'sdgs',
          legend: t('resourceForm.sdgs'),
          options: sdgs.map((sdg) => ({
            value: sdg.number,
            label: t('resource.sdg', { number: sdg.number, name: pickLocalized(sdg.name, language)?.text ?? '' }),
          })),
          chosen: values.sdgs,
          onChange: (chosen) => setTop('sdgs', chosen, 'sdgs'),
        })}
        {municipalitySelect('municipalityCode', t('resourceForm.municipality'), values.municipalityCode, (value) =>
          setTop('municipalityCode', value, 'municipalityCode'),
        )}
        <fieldset className="field-group" aria-describedby={`${idOf('location.lat')}-where`}>
          <legend>{t('resourceForm.location')}</legend>
          <p id={`${idOf('location.lat')}-where`} className="field__hint">
            {t('resourceForm.locationHint')}
          </p>
          {/* The map picks; the typed fields stay (keyboard users, known coordinates) and keep their errors. */}
          <LocationPicker
            value={placeFromText(values.latitude, values.longitude)}
            onChange={(place) => {
              setTop('latitude', place ? String(place.latitude) : '', 'location.lat');
              setTop('longitude', place ? String(place.longitude) : '', 'location.lon');
            }}
          >
            <div className="field-row">
              {input({
                field: 'location.lat',
                label: t('resourceForm.latitude'),
                inputMode: 'decimal',
                value: values.latitude,
                onChange: (value) => setTop('latitude', value, 'location.lat'),
              })}
              {input({
                field: 'location.lon',
                label: t('resourceForm.longitude'),
                inputMode: 'decimal',
                value: values.longitude,
                onChange: (value) => setTop('longitude', value, 'location.lon'),
              })}
            </div>
          </LocationPicker>
        </fieldset>
      </fieldset>

      <fieldset id={idOf('links')} tabIndex={-1} aria-describedby={linksError.controlProps['aria-describedby']}>
        <legend>{t('resourceForm.links')}</legend>
        <Hint id={linksError.hintId} text={t('resourceForm.linksHint')} />
        <FieldError id={linksError.errorId} text={linksError.error} />
        {values.links.map((link, index) => {
          const number = index + 1;
          const setLink = (key: 'label' | 'url', value: string) =>
            setTop(
              'links',
              values.links.map((current, i) => (i === index ? { ...current, [key]: value } : current)),
              `links[${index}].${key}`,
            );
          return (
            <div key={index} className="link-row">
              {input({
                field: `links[${index}].label`,
                label: t('resourceForm.linkLabel', { number }),
                value: link.label,
                onChange: (value) => setLink('label', value),
              })}
              {input({
                field: `links[${index}].url`,
                label: t('resourceForm.linkUrl', { number }),
                type: 'url',
                value: link.url,
                onChange: (value) => setLink('url', value),
              })}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setTop('links', values.links.filter((_, i) => i !== index), 'links')}
              >
                {t('resourceForm.removeLink', { number })}
              </button>
            </div>
          );
        })}
        {values.links.length < (MAX_ITEMS.links ?? 10) && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setTop('links', [...values.links, { label: '', url: '' }], 'links')}
          >
            {t('resourceForm.addLink')}
          </button>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('resourceForm.contact')}</legend>
        {input({
          field: 'contact.name',
          label: t('resourceForm.contactName'),
          autoComplete: 'name',
          value: values.contactName,
          onChange: (value) => setTop('contactName', value, 'contact.name'),
        })}
        {input({
          field: 'contact.email',
          label: t('resourceForm.contactEmail'),
          type: 'email',
          autoComplete: 'email',
          value: values.contactEmail,
          onChange: (value) => setTop('contactEmail', value, 'contact.email'),
        })}
        {input({
          field: 'contact.phone',
          label: t('resourceForm.contactPhone'),
          type: 'tel',
          autoComplete: 'tel',
          value: values.contactPhone,
          onChange: (value) => setTop('contactPhone', value, 'contact.phone'),
        })}
      </fieldset>

      <CoOrganisersField
        invitations={coOrganisers}
        added={addedCoOrganisers}
        ids={values.kept.coOrganiserIds ?? []}
        publisherId={values.actorId}
        onAdd={(actor) => {
          setAddedCoOrganisers((current) => [...current, actor]);
          setValues((current) => ({
            ...current,
            kept: { ...current.kept, coOrganiserIds: [...(current.kept.coOrganiserIds ?? []), actor.id] },
          }));
        }}
        onRemove={(actorId) =>
          setValues((current) => ({
            ...current,
            kept: { ...current.kept, coOrganiserIds: withoutCoOrganiser(current.kept.coOrganiserIds, actorId) },
          }))
        }
      />

      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('form.saving') : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
