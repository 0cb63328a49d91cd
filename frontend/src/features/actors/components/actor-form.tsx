import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldError, type FieldErrors as FormErrors, type Resolver } from 'react-hook-form';
import { FieldErrorText, FormActions, FormCheckboxGroup, FormErrorSummary, FormSelect, FormTextArea, FormTextField } from '../../../components/form';
import { MunicipalityOptions } from '../../../components/municipality-options';
import { formErrorsOf } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { DEFAULT_LANGUAGE } from '../../../lib/i18n/languages';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { ACTOR_KINDS, type ActorInput, type Municipality, type TechnologyArea } from '../model';
import {
  ACTOR_FIELDS,
  COMPETENCES_MAX,
  DESCRIPTION_MAX,
  fieldOfServerError,
  messageParams,
  TECHNOLOGY_AREAS_MAX,
  validateActor,
  type ActorField,
  type ActorFormValues,
  type ValidationCode,
} from '../validation';
import { ActorLocationFields } from './actor-location-fields';

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
 * The actor's details, for registering and for editing, on react-hook-form with the shared form
 * fields. The rules are validation.ts's (the API's, with its generated limits), used as the form's
 * resolver: it also builds the request body, so the form hands on an ActorInput. The server's own
 * field errors land on the same fields, until the field is changed.
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
  const idOf = (field: ActorField) => `${prefix}-${field}`;

  const context = useMemo(
    () => ({
      municipalityCodes: new Set(municipalities.map((m) => m.code)),
      technologyAreaCodes: new Set(technologyAreas.map((a) => a.code)),
    }),
    [municipalities, technologyAreas],
  );
  // The errors keep their code; `wording` says them in the reader's language when shown, so they
  // follow a change of language.
  const resolver: Resolver<ActorFormValues, unknown, ActorInput> = (values) => {
    const result = validateActor(values, context);
    if (result.ok) return { values: result.input, errors: {} };
    const errors: FormErrors<ActorFormValues> = {};
    for (const field of ACTOR_FIELDS) {
      const code = result.errors[field];
      if (code) errors[field] = { type: code, message: code };
    }
    return { values: {}, errors };
  };

  const server = useMemo(() => formErrorsOf(serverError, fieldOfServerError, language), [serverError, language]);
  // The server's verdict as the form's errors: react-hook-form shows them on their fields and
  // drops a field's once it changes (it validates a changed field again after a submission).
  // Only a new answer sets them, not a change of language, which would bring back edited fields' verdicts.
  const serverFieldErrors = useMemo(() => {
    const fields = formErrorsOf(serverError, fieldOfServerError, DEFAULT_LANGUAGE)?.fields;
    if (!fields) return undefined;
    const errors: FormErrors<ActorFormValues> = {};
    for (const field of Object.keys(fields) as ActorField[]) errors[field] = { type: 'server', message: 'server' };
    return errors;
  }, [serverError]);
  const wording = (name: string, error: FieldError): string | undefined => {
    const field = name as ActorField;
    if (error.type === 'server') return server?.fields[field];
    // The resolver above sets a validation code as the type.
    const code = error.type as ValidationCode;
    return t(`validation.${code}`, messageParams(code, field));
  };

  const methods = useForm<ActorFormValues, unknown, ActorInput>({
    defaultValues: initialValues,
    resolver,
    errors: serverFieldErrors,
    // Focus goes to the first field in the form's own order (submit below), not registration order.
    shouldFocusError: false,
  });
  const { handleSubmit, formState } = methods;

  useEffect(() => {
    if (serverError) summaryRef.current?.focus();
  }, [serverError]);

  const focusFirstError = (errors: FormErrors<ActorFormValues>) => {
    const first = ACTOR_FIELDS.find((field) => errors[field]);
    if (first) document.getElementById(idOf(first))?.focus();
  };

  const areaOptions = technologyAreas.map((area) => {
    const name = pickLocalized(area.name, language);
    return { value: area.code, label: name?.text ?? area.code, lang: name && name.language !== language ? name.language : undefined };
  });

  return (
    <FormProvider {...methods}>
      <FieldErrorText value={wording}>
        <form className="actor-form" noValidate onSubmit={(event) => void handleSubmit((input) => onValid(input), focusFirstError)(event)}>
          <FormErrorSummary
            serverError={serverError}
            server={server}
            invalid={formState.isSubmitted && Object.keys(formState.errors).length > 0}
            summaryRef={summaryRef}
          />

          <fieldset>
            <legend>{t('form.basics')}</legend>
            <FormTextField<ActorFormValues> name="name" id={idOf('name')} label={t('form.name')} required autoComplete="organization" />
            <FormSelect<ActorFormValues>
              name="kind"
              id={idOf('kind')}
              label={t('form.kind')}
              required
              empty={t('form.kindChoose')}
              options={ACTOR_KINDS.map((kind) => ({ value: kind, label: t(`actorKind.${kind}`) }))}
            />
            <FormTextField<ActorFormValues> name="orgNumber" id={idOf('orgNumber')} label={t('form.orgNumber')} hint={t('form.orgNumberHint')} />
            {(['descriptionSv', 'descriptionEn'] as const).map((field) => (
              <FormTextArea<ActorFormValues>
                key={field}
                name={field}
                id={idOf(field)}
                label={t(field === 'descriptionSv' ? 'form.descriptionSv' : 'form.descriptionEn')}
                hint={t('form.descriptionHint', { max: DESCRIPTION_MAX })}
                rows={6}
                lang={field === 'descriptionSv' ? 'sv' : 'en'}
              />
            ))}
          </fieldset>

          <fieldset>
            <legend>{t('form.contact')}</legend>
            <FormTextField<ActorFormValues>
              name="website"
              id={idOf('website')}
              type="url"
              label={t('form.website')}
              hint={t('form.urlHint')}
              autoComplete="url"
            />
            <FormTextField<ActorFormValues> name="logoUrl" id={idOf('logoUrl')} type="url" label={t('form.logoUrl')} hint={t('form.urlHint')} />
            <FormTextField<ActorFormValues>
              name="contactEmail"
              id={idOf('contactEmail')}
              type="email"
              label={t('form.contactEmail')}
              autoComplete="email"
            />
            <FormSelect<ActorFormValues>
              name="municipalityCode"
              id={idOf('municipalityCode')}
              label={t('form.municipality')}
              empty={t('form.municipalityNone')}
            >
              <MunicipalityOptions municipalities={municipalities} />
            </FormSelect>
            <ActorLocationFields latId={idOf('lat')} lonId={idOf('lon')} />
          </fieldset>

          <fieldset>
            <legend>{t('form.focus')}</legend>
            <FormCheckboxGroup<ActorFormValues, string>
              name="technologyAreas"
              id={idOf('technologyAreas')}
              legend={t('form.technologyAreas')}
              hint={t('form.technologyAreasAtMost', { max: TECHNOLOGY_AREAS_MAX })}
              options={areaOptions}
            />
            <FormTextField<ActorFormValues>
              name="competences"
              id={idOf('competences')}
              label={t('form.competences')}
              hint={t('form.competencesHint', { max: COMPETENCES_MAX })}
            />
          </fieldset>

          <FormActions pending={pending} submitLabel={submitLabel} actions={actions} />
        </form>
      </FieldErrorText>
    </FormProvider>
  );
}
