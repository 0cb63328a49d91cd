import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch, type FieldError, type Path } from 'react-hook-form';
import { FieldErrorText, FormActions, FormErrorSummary } from '../../../../components/form';
import { formErrorsOf } from '../../../../lib/api/api-error';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { DEFAULT_LANGUAGE } from '../../../../lib/i18n/languages';
import { withoutCoOrganiser, type CoOrganiserInvitation } from '../../moderation';
import type { ActorRef, Municipality, ResourceInput, Sdg, TechnologyArea } from '../../model';
import {
  fieldOfServerError,
  fieldOfValuePath,
  firstFieldAtFault,
  validateResource,
  validationMessage,
  valuePathOf,
  type FormField,
  type ResourceFormValues,
  type ValidationCode,
} from '../../validation';
import { CoOrganisersField } from '../co-organisers-field';
import { BasicsFieldset } from './basics-fieldset';
import { ContactFieldset } from './contact-fieldset';
import { FieldIdPrefix } from './field-ids';
import { KindFieldset } from './kind-fieldset';
import { LinksFieldset } from './links-fieldset';
import { PublisherFieldset } from './publisher-fieldset';
import { resourceResolver } from './resolver';
import { TopicsFieldset } from './topics-fieldset';

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

/**
 * A resource's fields, for creating and for editing: the common ones, and those of the chosen
 * kind in a fieldset of their own. react-hook-form holds the values; validateResource is its
 * resolver, so the API's rules are checked before sending and a valid form hands over the
 * ResourceInput itself. The server's own field errors land on the fields of the same API path
 * and give way once that field changes.
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
  // Actors invited in this form, not yet saved: their names for the list (the ids are in the values' kept part).
  const [addedCoOrganisers, setAddedCoOrganisers] = useState<ActorRef[]>([]);

  const context = useMemo(
    () => ({
      municipalityCodes: new Set(municipalities.map((m) => m.code)),
      technologyAreaCodes: new Set(technologyAreas.map((a) => a.code)),
      ...(fixed ? {} : { actorIds: new Set(publishers.map((actor) => actor.id)) }),
    }),
    [municipalities, technologyAreas, publishers, fixed],
  );
  const methods = useForm<ResourceFormValues, unknown, ResourceInput>({
    defaultValues: initialValues,
    resolver: resourceResolver(context, t, language),
    // The first field at fault in the form's order (firstFieldAtFault) gets the focus, groups too.
    shouldFocusError: false,
  });
  const { control, handleSubmit, setError, clearErrors, getFieldState, getValues, setValue, subscribe, formState } = methods;
  const server = useMemo(() => formErrorsOf(serverError, fieldOfServerError, language), [serverError, language]);

  // The server's verdict on each field it names, until that field changes; the summary takes the focus.
  // Only a new answer does this (not a change of language: `wording` words the verdicts anew).
  useEffect(() => {
    const fields = formErrorsOf(serverError, fieldOfServerError, DEFAULT_LANGUAGE)?.fields ?? {};
    for (const [field, message] of Object.entries(fields) as [FormField, string][]) {
      setError(valuePathOf(field) as Path<ResourceFormValues>, { type: 'server', message });
    }
    if (serverError) summaryRef.current?.focus();
  }, [serverError, setError]);
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          const path = name as Path<ResourceFormValues> | undefined;
          if (path && getFieldState(path).error?.type === 'server') clearErrors(path);
        },
      }),
    [subscribe, getFieldState, clearErrors],
  );

  // The client's errors keep their code and the server's verdicts their field, so both are worded in the reader's language.
  const wording = (name: string, error: FieldError): string | undefined => {
    const field = fieldOfValuePath(name);
    if (!field) return error.message;
    if (error.type === 'server') return server?.fields[field] ?? error.message;
    return validationMessage(field, error.type as ValidationCode, t, language);
  };

  function focusFirstFault() {
    const result = validateResource(getValues(), context);
    const first = result.ok ? undefined : firstFieldAtFault(result.errors);
    if (first) document.getElementById(`${prefix}-${first}`)?.focus();
  }

  const [kind, actorId, coOrganiserIds = []] = useWatch({ control, name: ['kind', 'actorId', 'kept.coOrganiserIds'] });
  // An actor of the resource that the caller no longer edits for still shows by name when editing.
  const actorOptions =
    publishers.some((p) => p.id === actorId) || !actorId
      ? publishers
      : [...publishers, { id: actorId, slug: '', name: actorId, status: 'ACTIVE' as const }];
  const invalid = formState.submitCount > 0 && Object.keys(formState.errors).length > 0;

  return (
    <FormProvider {...methods}>
      <FieldIdPrefix value={prefix}>
        <FieldErrorText value={wording}>
          <form className="actor-form resource-form" noValidate onSubmit={(event) => void handleSubmit((input) => onValid(input), focusFirstFault)(event)}>
            <FormErrorSummary serverError={serverError} server={server} invalid={invalid} summaryRef={summaryRef} />
            <PublisherFieldset actorOptions={actorOptions} fixed={fixed} />
            <BasicsFieldset />
            <KindFieldset kind={kind} municipalities={municipalities} />
            <TopicsFieldset municipalities={municipalities} technologyAreas={technologyAreas} sdgs={sdgs} />
            <LinksFieldset />
            <ContactFieldset />
            <CoOrganisersField
              invitations={coOrganisers}
              added={addedCoOrganisers}
              ids={coOrganiserIds}
              publisherId={actorId}
              onAdd={(actor) => {
                setAddedCoOrganisers((current) => [...current, actor]);
                setValue('kept.coOrganiserIds', [...(getValues('kept.coOrganiserIds') ?? []), actor.id]);
              }}
              onRemove={(removed) => setValue('kept.coOrganiserIds', withoutCoOrganiser(getValues('kept.coOrganiserIds'), removed))}
            />
            <FormActions pending={pending} submitLabel={submitLabel} actions={actions} />
          </form>
        </FieldErrorText>
      </FieldIdPrefix>
    </FormProvider>
  );
}
