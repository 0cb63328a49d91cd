import { useId, useRef, useState } from 'react';
import { FieldError, FormErrorSummary, Hint, TextAreaField, TextInputField } from '../../../components/form';
import { ApiError, formErrorsOf } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { WEBHOOK_EVENT_TYPES, type WebhookInput } from '../model';
import { validateWebhookForm, webhookFieldOf, type WebhookField, type WebhookFormError, type WebhookFormValues } from '../webhook-form';

interface Props {
  initial: WebhookFormValues;
  heading: string;
  submitLabel: string;
  busy: boolean;
  /** The failed submission, whose problem's fields land on this form's fields. */
  serverError: unknown;
  onSubmit: (input: WebhookInput) => void;
  onCancel?: () => void;
}

/** A subscription's URL, event types and description, for creating one and for editing one. */
export function WebhookForm({ initial, heading, submitLabel, busy, serverError, onSubmit, onCancel }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const summary = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<WebhookField, WebhookFormError>>>({});
  const server = formErrorsOf(serverError, webhookFieldOf, language);
  // The API says why a URL is refused (https only, an address that is not public, ...) in its
  // message; the generic text for the code would hide that, so the reason is shown beside it.
  const refusedUrl =
    serverError instanceof ApiError
      ? serverError.problem?.errors?.find((fieldError) => fieldError.field === 'url' && fieldError.code === 'invalid-url')
      : undefined;
  const errorOf = (field: WebhookField) =>
    errors[field]
      ? t(`webhooks.error.${errors[field]}`)
      : field === 'url' && refusedUrl
        ? t('webhooks.urlRefused', { reason: refusedUrl.message })
        : server?.fields[field];
  const invalid = Object.keys(errors).length > 0;
  const eventsError = errorOf('eventTypes');
  const eventsHintId = `${id}-events-hint`;
  const eventsErrorId = eventsError ? `${id}-events-error` : undefined;

  return (
    <form
      noValidate
      className="integration-form"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = validateWebhookForm(values);
        setErrors(checked.errors);
        if (checked.input) onSubmit(checked.input);
        else summary.current?.focus();
      }}
    >
      <h4>{heading}</h4>
      <FormErrorSummary serverError={serverError} server={server} invalid={invalid} summaryRef={summary} />
      <TextInputField
        id={`${id}-url`}
        type="url"
        label={t('webhooks.url')}
        hint={t('webhooks.urlHint')}
        value={values.url}
        onChange={(url) => setValues({ ...values, url })}
        error={errorOf('url')}
        required
        autoComplete="off"
      />
      <fieldset
        className={eventsError ? 'field-group field--invalid' : 'field-group'}
        aria-describedby={[eventsHintId, eventsErrorId].filter(Boolean).join(' ')}
      >
        <legend>
          {t('webhooks.eventTypes')} <span className="field__required">({t('form.required')})</span>
        </legend>
        <Hint id={eventsHintId} text={t('webhooks.eventTypesHint')} />
        <FieldError id={eventsErrorId} text={eventsError} />
        <div className="checkbox-grid checkbox-grid--wide">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={values.eventTypes.includes(type)}
                onChange={(event) =>
                  setValues({
                    ...values,
                    eventTypes: event.target.checked
                      ? WEBHOOK_EVENT_TYPES.filter((other) => other === type || values.eventTypes.includes(other))
                      : values.eventTypes.filter((other) => other !== type),
                  })
                }
              />{' '}
              {t(`webhooks.event.${type}`)} <code>{type}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={`${id}-description`}
        label={t('webhooks.description')}
        hint={t('webhooks.descriptionHint')}
        value={values.description}
        onChange={(description) => setValues({ ...values, description })}
        error={errorOf('description')}
        rows={2}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('integrations.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
