import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode, type ComponentProps } from 'react';
import { describeField, FieldError, FormErrorSummary, Hint, SelectField, TextAreaField, TextInputField } from '../../../components/form-parts';
import { MunicipalityOptions } from '../../../components/municipality-options';
import { formErrorsOf } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import {
  COLLABORATION_KINDS,
  COLLABORATION_STATUSES,
  FUNDING_TYPES,
  isFundingType,
  type ActorRef,
  type CollaborationInput,
  type KnowledgeArea,
  type Municipality,
  type Sdg,
  type TechnologyArea,
} from '../model';
import {
  emptyFunding,
  fieldOfServerError,
  firstFieldAtFault,
  AMOUNT,
  MAX_ITEMS,
  messageParams,
  validateCollaboration,
  type CollaborationFormValues,
  type FieldErrors,
  type FormField,
  type FundingValues,
  type ValidationCode,
} from '../validation';
import { KnowledgeAreaPicker } from './knowledge-area-picker';

export interface CollaborationFormProps {
  initialValues: CollaborationFormValues;
  /** The actors the caller may lead for (creating); editing shows the lead fixed. */
  leads: readonly ActorRef[];
  /** Editing: the lead changes only by handing it over. */
  fixedLead?: boolean;
  /** Actors a funding line may name as funder: the participants (and funders named before). */
  funderActors: readonly ActorRef[];
  municipalities: readonly Municipality[];
  technologyAreas: readonly TechnologyArea[];
  sdgs: readonly Sdg[];
  knowledgeAreas: readonly KnowledgeArea[];
  submitLabel: string;
  pending: boolean;
  /** The last failed submission; its field errors are shown on the fields they name. */
  serverError: unknown;
  onValid: (input: CollaborationInput) => void;
  actions?: ReactNode;
}

/**
 * A collaboration's fields, for starting one and for editing: checks the API's rules before
 * sending (validation.ts) and shows the server's own field errors on the fields of the same API path.
 */
export function CollaborationForm({
  initialValues,
  leads,
  fixedLead = false,
  funderActors,
  municipalities,
  technologyAreas,
  sdgs,
  knowledgeAreas,
  submitLabel,
  pending,
  serverError,
  onValid,
  actions,
}: CollaborationFormProps) {
  const { t, language } = useI18n();
  const prefix = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState(initialValues);
  const [attempted, setAttempted] = useState(false);
  const [placeToAdd, setPlaceToAdd] = useState('');
  // Fields changed since the server's verdict: its message for them no longer applies.
  const [editedSinceServer, setEditedSinceServer] = useState<ReadonlySet<FormField>>(new Set());

  const validation = validateCollaboration(values);
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

  const idOf = (field: FormField) => `${prefix}-${field.replace(/[[\].]/g, '-')}`;
  const messageOf = (field: FormField, code: ValidationCode): string => {
    return t(`collabValidation.${code}`, messageParams(field, code));
  };
  const errorOf = (field: FormField): string | undefined => {
    const code = clientErrors[field];
    if (code) return messageOf(field, code);
    return editedSinceServer.has(field) ? undefined : server?.fields[field];
  };
  const edited = (field: FormField) => setEditedSinceServer((current) => new Set(current).add(field));
  function set<K extends keyof CollaborationFormValues>(key: K, value: CollaborationFormValues[K], field: FormField) {
    setValues((current) => ({ ...current, [key]: value }));
    edited(field);
  }
  function setFunding(index: number, key: keyof FundingValues, value: string) {
    setValues((current) => ({
      ...current,
      funding: current.funding.map((line, at) => (at === index ? { ...line, [key]: value } : line)),
    }));
    edited(`funding[${index}].${key}`);
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

  function select({
    field,
    choices,
    ...rest
  }: Omit<ComponentProps<typeof SelectField>, 'id' | 'error' | 'options'> & { field: FormField; choices: ComponentProps<typeof SelectField>['options'] }) {
    return <SelectField id={idOf(field)} error={errorOf(field)} options={choices} {...rest} />;
  }

  function checkboxGroup<T extends string | number>(options: {
    field: FormField;
    legend: string;
    hint?: string;
    choices: readonly { value: T; label: string; lang?: string | undefined }[];
    chosen: readonly T[];
    onChange: (chosen: T[]) => void;
  }) {
    const { field, legend, hint, choices, chosen, onChange } = options;
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
          {choices.map((choice) => {
            const checked = chosen.includes(choice.value);
            return (
              <li key={choice.value}>
                <label>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() => onChange(checked ? chosen.filter((value) => value !== choice.value) : [...chosen, choice.value])}
                  />{' '}
                  <span lang={choice.lang}>{choice.label}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    );
  }

  const localizedChoice = (name: { sv?: string; en?: string }, fallback: string) => {
    const picked = pickLocalized(name, language);
    return { label: picked?.text ?? fallback, lang: picked && picked.language !== language ? picked.language : undefined };
  };
  const municipalityName = (code: string) => municipalities.find((m) => m.code === code)?.name ?? code;
  // The lead of an edited collaboration shows by name even when the caller no longer edits for it.
  const leadOptions =
    leads.some((lead) => lead.id === values.leadActorId) || !values.leadActorId
      ? leads
      : [...leads, { id: values.leadActorId, slug: '', name: values.leadActorId, status: 'ACTIVE' as const }];
  const places = describe('places', t('collabForm.placesHint', { max: MAX_ITEMS.places }));
  const fundingGroup = describe('funding', t('collabForm.fundingHint', { max: MAX_ITEMS.funding }));

  return (
    <form className="actor-form collaboration-form" noValidate onSubmit={submit}>
      <FormErrorSummary serverError={serverError} server={server} invalid={attempted && !validation.ok} summaryRef={summaryRef} />

      <fieldset>
        <legend>{t('collabForm.leadLegend')}</legend>
        {select({
          field: 'leadActorId',
          label: t('collabForm.lead'),
          value: values.leadActorId,
          onChange: (value) => set('leadActorId', value, 'leadActorId'),
          choices: leadOptions.map((lead) => ({ value: lead.id, label: lead.name })),
          empty: t('collabForm.leadChoose'),
          required: true,
          disabled: fixedLead,
          ...(fixedLead ? { hint: t('collabForm.leadFixed') } : {}),
        })}
        {select({
          field: 'kind',
          label: t('collabForm.kind'),
          value: values.kind,
          onChange: (value) => set('kind', value, 'kind'),
          choices: COLLABORATION_KINDS.map((kind) => ({ value: kind, label: t(`collaborationKind.${kind}`) })),
          empty: t('collabForm.kindChoose'),
          required: true,
        })}
        {select({
          field: 'status',
          label: t('collabForm.status'),
          value: values.status,
          onChange: (value) => set('status', value, 'status'),
          choices: COLLABORATION_STATUSES.map((status) => ({ value: status, label: t(`collaborationStatus.${status}`) })),
          required: true,
        })}
      </fieldset>

      <fieldset>
        <legend>{t('collabForm.basics')}</legend>
        {input({
          field: 'title.sv',
          label: t('collabForm.titleSv'),
          hint: t('collabForm.titleHint'),
          lang: 'sv',
          value: values.titleSv,
          onChange: (value) => set('titleSv', value, 'title.sv'),
        })}
        {input({
          field: 'title.en',
          label: t('collabForm.titleEn'),
          lang: 'en',
          value: values.titleEn,
          onChange: (value) => set('titleEn', value, 'title.en'),
        })}
        {textArea({
          field: 'summary.sv',
          label: t('collabForm.summarySv'),
          lang: 'sv',
          rows: 3,
          value: values.summarySv,
          onChange: (value) => set('summarySv', value, 'summary.sv'),
        })}
        {textArea({
          field: 'summary.en',
          label: t('collabForm.summaryEn'),
          lang: 'en',
          rows: 3,
          value: values.summaryEn,
          onChange: (value) => set('summaryEn', value, 'summary.en'),
        })}
        {textArea({
          field: 'description.sv',
          label: t('collabForm.descriptionSv'),
          hint: t('collabForm.descriptionHint'),
          lang: 'sv',
          rows: 8,
          value: values.descriptionSv,
          onChange: (value) => set('descriptionSv', value, 'description.sv'),
        })}
        {textArea({
          field: 'description.en',
          label: t('collabForm.descriptionEn'),
          lang: 'en',
          rows: 8,
          value: values.descriptionEn,
          onChange: (value) => set('descriptionEn', value, 'description.en'),
        })}
      </fieldset>

      <fieldset>
        <legend>{t('collabForm.periodLegend')}</legend>
        <div className="field-row">
          {input({
            field: 'startDate',
            label: t('collabForm.startDate'),
            type: 'date',
            required: true,
            value: values.startDate,
            onChange: (value) => set('startDate', value, 'startDate'),
          })}
          {input({
            field: 'endDate',
            label: t('collabForm.endDate'),
            hint: t('collabForm.endDateHint'),
            type: 'date',
            value: values.endDate,
            onChange: (value) => set('endDate', value, 'endDate'),
          })}
        </div>
        {input({
          field: 'website',
          label: t('collabForm.website'),
          hint: t('collabForm.websiteHint'),
          type: 'url',
          value: values.website,
          onChange: (value) => set('website', value, 'website'),
        })}
      </fieldset>

      <fieldset>
        <legend>{t('collabForm.focus')}</legend>
        <KnowledgeAreaPicker
          id={idOf('knowledgeAreas')}
          areas={knowledgeAreas}
          chosen={values.knowledgeAreas}
          onChange={(chosen) => set('knowledgeAreas', chosen, 'knowledgeAreas')}
          legend={t('collabForm.knowledgeAreas')}
          hint={t('collabForm.knowledgeAreasHint')}
          error={errorOf('knowledgeAreas')}
        />
        {checkboxGroup({
          field: 'technologyAreas',
          legend: t('collabForm.technologyAreas'),
          hint: t('collabForm.technologyAreasHint', { max: MAX_ITEMS.technologyAreas }),
          choices: technologyAreas.map((area) => ({ value: area.code, ...localizedChoice(area.name, area.code) })),
          chosen: values.technologyAreas,
          onChange: (chosen) => set('technologyAreas', chosen, 'technologyAreas'),
        })}
        {checkboxGroup({
          field: 'sdgs',
          legend: t('collabForm.sdgs'),
          choices: sdgs.map((sdg) => ({
            value: sdg.number,
            label: t('resource.sdg', { number: sdg.number, name: pickLocalized(sdg.name, language)?.text ?? '' }),
          })),
          chosen: values.sdgs,
          onChange: (chosen) => set('sdgs', chosen, 'sdgs'),
        })}
        <fieldset
          id={idOf('places')}
          tabIndex={-1}
          className={places.error ? 'field-group field--invalid' : 'field-group'}
          aria-describedby={[places.hintId, places.errorId].filter(Boolean).join(' ') || undefined}
        >
          <legend>{t('collabForm.places')}</legend>
          <Hint id={places.hintId} text={t('collabForm.placesHint', { max: MAX_ITEMS.places })} />
          <FieldError id={places.errorId} text={places.error} />
          {values.places.length === 0 ? (
            <p className="muted">{t('collabForm.noPlaces')}</p>
          ) : (
            <ul className="plain-list">
              {values.places.map((code) => (
                <li key={code}>
                  {municipalityName(code)}{' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() =>
                      set(
                        'places',
                        values.places.filter((other) => other !== code),
                        'places',
                      )
                    }
                  >
                    {t('collabForm.placeRemove', { name: municipalityName(code) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${idOf('places')}-choose`}>{t('collabForm.placeChoose')}</label>
              <select id={`${idOf('places')}-choose`} value={placeToAdd} onChange={(event) => setPlaceToAdd(event.target.value)}>
                <option value="">{t('form.municipalityNone')}</option>
                <MunicipalityOptions municipalities={municipalities} exclude={values.places} />
              </select>
            </div>
            <div className="field field--button">
              <button
                type="button"
                className="button button--secondary"
                disabled={!placeToAdd}
                onClick={() => {
                  set('places', [...values.places, placeToAdd], 'places');
                  setPlaceToAdd('');
                }}
              >
                {t('collabForm.placeAdd')}
              </button>
            </div>
          </div>
        </fieldset>
      </fieldset>

      <fieldset
        id={idOf('funding')}
        tabIndex={-1}
        className={fundingGroup.error ? 'field--invalid' : undefined}
        aria-describedby={[fundingGroup.hintId, fundingGroup.errorId].filter(Boolean).join(' ') || undefined}
      >
        <legend>{t('collabForm.funding')}</legend>
        <Hint id={fundingGroup.hintId} text={t('collabForm.fundingHint', { max: MAX_ITEMS.funding })} />
        <FieldError id={fundingGroup.errorId} text={fundingGroup.error} />
        {values.funding.map((line, index) => (
          <fieldset key={index} className="funding-line">
            <legend>{t('collabForm.fundingLine', { number: index + 1 })}</legend>
            {select({
              field: `funding[${index}].funderActorId`,
              label: t('collabForm.funderActor'),
              value: line.funderActorId,
              onChange: (value) => setFunding(index, 'funderActorId', value),
              choices: funderActors.map((actor) => ({ value: actor.id, label: actor.name })),
              empty: t('collabForm.funderOutside'),
            })}
            {!line.funderActorId &&
              input({
                field: `funding[${index}].funderName`,
                label: t('collabForm.funderName'),
                value: line.funderName,
                onChange: (value) => setFunding(index, 'funderName', value),
              })}
            {input({
              field: `funding[${index}].programme`,
              label: t('collabForm.programme'),
              value: line.programme,
              onChange: (value) => setFunding(index, 'programme', value),
            })}
            <div className="field-row">
              {input({
                field: `funding[${index}].amountSek`,
                label: t('collabForm.amountSek'),
                hint: t('collabForm.amountHint', { max: AMOUNT.max }),
                inputMode: 'numeric',
                required: true,
                value: line.amountSek,
                onChange: (value) => setFunding(index, 'amountSek', value),
              })}
              {select({
                field: `funding[${index}].type`,
                label: t('collabForm.fundingType'),
                value: line.type,
                onChange: (value) => setFunding(index, 'type', isFundingType(value) ? value : ''),
                choices: FUNDING_TYPES.map((type) => ({ value: type, label: t(`fundingType.${type}`) })),
                empty: t('collabForm.fundingTypeChoose'),
                required: true,
              })}
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                set(
                  'funding',
                  values.funding.filter((_, at) => at !== index),
                  'funding',
                )
              }
            >
              {t('collabForm.removeFunding', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="button button--secondary" onClick={() => set('funding', [...values.funding, emptyFunding()], 'funding')}>
          {t('collabForm.addFunding')}
        </button>
      </fieldset>

      {values.linkedResourceIds.length > 0 && (
        <p className="muted">{t('collabForm.linkedKept', { count: values.linkedResourceIds.length })}</p>
      )}

      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('form.saving') : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
