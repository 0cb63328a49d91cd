import { useI18n } from '../lib/i18n/i18n-context';

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
  onChange(value: string): void;
  hint?: string | undefined;
  /** The message shown under the label; marks the control invalid. */
  error?: string | undefined;
  required?: boolean | undefined;
}

/** A labelled text input (or url, date, number…) with its hint and error. */
export function TextInputField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  required,
  type = 'text',
  inputMode,
  autoComplete,
  lang,
  min,
  max,
}: FieldProps & {
  type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'datetime-local' | 'number' | undefined;
  inputMode?: 'decimal' | 'numeric' | undefined;
  autoComplete?: string | undefined;
  lang?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
}) {
  const { hintId, errorId, className, controlProps } = describeField(id, error, hint);
  return (
    <div className={className}>
      <Label htmlFor={id} text={label} required={required} />
      <Hint id={hintId} text={hint} />
      <FieldError id={errorId} text={error} />
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
    </div>
  );
}

/** A labelled text area with its hint and error. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  required,
  rows = 4,
  lang,
}: FieldProps & { rows?: number | undefined; lang?: string | undefined }) {
  const { hintId, errorId, className, controlProps } = describeField(id, error, hint);
  return (
    <div className={className}>
      <Label htmlFor={id} text={label} required={required} />
      <Hint id={hintId} text={hint} />
      <FieldError id={errorId} text={error} />
      <textarea
        {...controlProps}
        rows={rows}
        lang={lang}
        value={value}
        aria-required={required || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** A labelled select with its hint and error; `empty` is the text of a "nothing chosen" first option. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  required,
  options,
  empty,
  disabled,
}: FieldProps & {
  options: readonly { value: string; label: string }[];
  empty?: string | undefined;
  disabled?: boolean | undefined;
}) {
  const { hintId, errorId, className, controlProps } = describeField(id, error, hint);
  return (
    <div className={className}>
      <Label htmlFor={id} text={label} required={required} />
      <Hint id={hintId} text={hint} />
      <FieldError id={errorId} text={error} />
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
    </div>
  );
}
