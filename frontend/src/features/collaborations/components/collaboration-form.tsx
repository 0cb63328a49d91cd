import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { FormProvider, set, useForm, type FieldError, type FieldErrors as FormErrors, type Resolver } from 'react-hook-form';
import { FieldErrorText, FormActions, FormErrorSummary } from '../../../components/form';
import { formErrorsOf } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { DEFAULT_LANGUAGE } from '../../../lib/i18n/languages';
import type { ActorRef, CollaborationInput, KnowledgeArea, Municipality, Sdg, TechnologyArea } from '../model';
import {
  fieldOfServerError,
  fieldOfValuePath,
  firstFieldAtFault,
  messageParams,
  validateCollaboration,
  valuePathOf,
  type CollaborationFormValues,
  type FormField,
  type ValidationCode,
} from '../validation';
import { AboutFields, PeriodFields } from './collaboration-form-about';
import { FocusFields } from './collaboration-form-focus';
import { FundingFields } from './collaboration-form-funding';
import { LeadFields } from './collaboration-form-lead';

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
 * A collaboration's fields, for starting one and for editing, on react-hook-form with the shared
 * form fields, one fieldset per file. The rules are validation.ts's (the API's, with its generated
 * limits), used as the form's resolver: it also builds the CollaborationInput. The form's fields are
 * named by the API's paths, so the server's `errors[].field` lands on the field it names.
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
  const idOf = (field: FormField) => `${prefix}-${field.replace(/[[\].]/g, '-')}`;

  // The errors keep their code; `wording` says them in the reader's language when shown, so they
  // follow a change of language.
  const resolver: Resolver<CollaborationFormValues, unknown, CollaborationInput> = (values) => {
    const result = validateCollaboration(values);
    if (result.ok) return { values: result.input, errors: {} };
    const errors: FormErrors<CollaborationFormValues> = {};
    for (const [field, code] of Object.entries(result.errors) as [FormField, ValidationCode][]) {
      set(errors, valuePathOf(field), { type: code, message: code });
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
    const errors: FormErrors<CollaborationFormValues> = {};
    for (const field of Object.keys(fields) as FormField[]) set(errors, valuePathOf(field), { type: 'server', message: 'server' });
    return errors;
  }, [serverError]);
  const wording = (name: string, error: FieldError): string | undefined => {
    const field = fieldOfValuePath(name);
    if (!field) return error.message;
    if (error.type === 'server') return server?.fields[field];
    // The resolver above sets a validation code as the type.
    const code = error.type as ValidationCode;
    return t(`collabValidation.${code}`, messageParams(field, code));
  };

  const methods = useForm<CollaborationFormValues, unknown, CollaborationInput>({
    defaultValues: initialValues,
    resolver,
    errors: serverFieldErrors,
    // Focus goes to the first field in the form's own order (submit below), not registration order.
    shouldFocusError: false,
  });
  const { handleSubmit, getValues, formState } = methods;

  useEffect(() => {
    if (serverError) summaryRef.current?.focus();
  }, [serverError]);

  const focusFirstError = () => {
    const result = validateCollaboration(getValues());
    const first = result.ok ? undefined : firstFieldAtFault(result.errors);
    if (first) document.getElementById(idOf(first))?.focus();
  };

  return (
    <FormProvider {...methods}>
      <FieldErrorText value={wording}>
        <form
          className="actor-form collaboration-form"
          noValidate
          onSubmit={(event) => void handleSubmit((input) => onValid(input), focusFirstError)(event)}
        >
          <FormErrorSummary
            serverError={serverError}
            server={server}
            invalid={formState.isSubmitted && Object.keys(formState.errors).length > 0}
            summaryRef={summaryRef}
          />
          <LeadFields idOf={idOf} leads={leads} fixedLead={fixedLead} />
          <AboutFields idOf={idOf} />
          <PeriodFields idOf={idOf} />
          <FocusFields
            idOf={idOf}
            knowledgeAreas={knowledgeAreas}
            technologyAreas={technologyAreas}
            sdgs={sdgs}
            municipalities={municipalities}
          />
          <FundingFields idOf={idOf} funderActors={funderActors} />

          {initialValues.linkedResourceIds.length > 0 && (
            <p className="muted">{t('collabForm.linkedKept', { count: initialValues.linkedResourceIds.length })}</p>
          )}

          <FormActions pending={pending} submitLabel={submitLabel} actions={actions} />
        </form>
      </FieldErrorText>
    </FormProvider>
  );
}
