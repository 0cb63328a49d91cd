import type { ReactNode, Ref } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import { ErrorMessage } from '../query-status';

/** The pieces every form field is built from; the forms wire their ids into aria-describedby. */

export function Hint({ id, text }: { id?: string | undefined; text?: string | undefined }) {
  return id && text ? (
    <p id={id} className="field__hint">
      {text}
    </p>
  ) : null;
}

export function FieldError({ id, text }: { id?: string | undefined; text?: string | undefined }) {
  return id && text ? (
    <p id={id} className="field__error">
      {text}
    </p>
  ) : null;
}

export function Label({ htmlFor, text, required }: { htmlFor: string; text: string; required?: boolean | undefined }) {
  const { t } = useI18n();
  return (
    <label htmlFor={htmlFor}>
      {text}
      {required && <span className="field__required"> ({t('form.required')})</span>}
    </label>
  );
}

/**
 * Label, hint and error wired to a control: the hint's and error's ids (`<id>-hint`,
 * `<id>-error`), aria-describedby naming both, aria-invalid the state, and the field's class.
 */
export function describeField(id: string, error: string | undefined, hint?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return {
    hintId,
    errorId,
    className: error ? 'field field--invalid' : 'field',
    controlProps: {
      id,
      'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      'aria-invalid': error ? (true as const) : undefined,
    },
  };
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  /** The message shown under the label; marks the control invalid. */
  error?: string | undefined;
  required?: boolean | undefined;
}

type ControlProps = ReturnType<typeof describeField>['controlProps'];

/** The frame every field shares: label, hint and error around the control, wired by describeField. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  required,
  children,
}: Pick<FieldProps, 'id' | 'label' | 'hint' | 'error' | 'required'> & { children: (controlProps: ControlProps) => ReactNode }) {
  const { hintId, errorId, className, controlProps } = describeField(id, error, hint);
  return (
    <div className={className}>
      <Label htmlFor={id} text={label} required={required} />
      <Hint id={hintId} text={hint} />
      <FieldError id={errorId} text={error} />
      {children(controlProps)}
    </div>
  );
}

/** A labelled text input (or url, date, number…) with its hint and error. */
export function TextInputField({
  value,
  onChange,
  required,
  type = 'text',
  inputMode,
  autoComplete,
  lang,
  min,
  max,
  ...frame
}: FieldProps & {
  type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'datetime-local' | 'number' | undefined;
  inputMode?: 'decimal' | 'numeric' | undefined;
  autoComplete?: string | undefined;
  lang?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
}) {
  return (
    <FieldFrame {...frame} required={required}>
      {(controlProps) => (
        <input
          {...controlProps}
          type={type}
          value={value}
          aria-required={required || undefined}
          inputMode={inputMode}
          autoComplete={autoComplete}
          lang={lang}
          min={min}
          max={max}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/** A labelled text area with its hint and error. */
export function TextAreaField({
  value,
  onChange,
  required,
  rows = 4,
  lang,
  ...frame
}: FieldProps & { rows?: number | undefined; lang?: string | undefined }) {
  return (
    <FieldFrame {...frame} required={required}>
      {(controlProps) => (
        <textarea
          {...controlProps}
          rows={rows}
          lang={lang}
          value={value}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/** A labelled select with its hint and error; `empty` is the text of a "nothing chosen" first option. */
export function SelectField({
  value,
  onChange,
  required,
  options,
  empty,
  disabled,
  ...frame
}: FieldProps & {
  options: readonly { value: string; label: string }[];
  empty?: string | undefined;
  disabled?: boolean | undefined;
}) {
  return (
    <FieldFrame {...frame} required={required}>
      {(controlProps) => (
        <select
          {...controlProps}
          value={value}
          disabled={disabled}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          {empty !== undefined && <option value="">{empty}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface FormErrorSummaryProps {
  /** The failed submission, if any. */
  serverError: unknown;
  /** The server's problem split onto the form's fields; undefined when the failure had no problem body. */
  server: { general: string[] } | undefined;
  /** The form was submitted with fields the client already knows to be wrong. */
  invalid: boolean;
  /** The form moves focus here when the server refused a submission. */
  summaryRef: Ref<HTMLDivElement>;
}

/**
 * The top of a form after a failed submission: a failure without a problem body (the network, a
 * proxy) as a plain error, else a summary with the messages that name no field.
 */
export function FormErrorSummary({ serverError, server, invalid, summaryRef }: FormErrorSummaryProps) {
  const { t } = useI18n();
  return (
    <>
      {!!serverError && !server && <ErrorMessage error={serverError} />}
      {(!!server || invalid) && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="error">
          <p className="error__title">{t('form.errorSummary')}</p>
          {server?.general.map((message) => <p key={message}>{message}</p>)}
        </div>
      )}
    </>
  );
}
