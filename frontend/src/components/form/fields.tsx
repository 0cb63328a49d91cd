import { createContext, useContext, useState, type ReactNode } from 'react';
import { useController, useFormContext, type FieldError as HookFieldError, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form';
import { describeField, FieldError, FieldFrame, Hint } from './field-parts';

/**
 * The shared fields bound to react-hook-form: each registers `name` with the form around it
 * (a <FormProvider>), shows that field's error under its label and wires label, hint and error
 * to the control (describeField: aria-describedby, aria-invalid). The message is the error's own
 * text: a resolver or a rule (limitRules) writes it in the reader's language.
 */

interface BoundProps<T extends FieldValues> {
  name: Path<T>;
  /** The control's id; the form focuses it by this id when it is the first field at fault. */
  id: string;
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  /** Extra rules (limitRules, deps for a field whose verdict follows this one). */
  rules?: RegisterOptions<T, Path<T>> | undefined;
}

/**
 * How a form words its fields' errors, when it keeps a code rather than a sentence (so that the
 * message follows a change of language): given the field's name and its error, the sentence.
 * Without it a field shows the error's own message.
 */
export const FieldErrorText = createContext<((name: string, error: HookFieldError) => string | undefined) | undefined>(undefined);

/** The error message react-hook-form holds for a field, worded by the form's FieldErrorText if it has one. */
export function useFieldError<T extends FieldValues>(name: Path<T>): string | undefined {
  const { getFieldState, formState } = useFormContext<T>();
  const wording = useContext(FieldErrorText);
  const error = getFieldState(name, formState).error;
  if (!error) return undefined;
  const message = wording ? wording(name, error) : error.message;
  return typeof message === 'string' && message ? message : undefined;
}

/** A labelled text input (or url, email, date, number…) bound to the form. */
export function FormTextField<T extends FieldValues = FieldValues>({
  name,
  id,
  label,
  hint,
  required,
  rules,
  type = 'text',
  inputMode,
  autoComplete,
  lang,
  min,
  max,
}: BoundProps<T> & {
  type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'datetime-local' | 'number' | undefined;
  inputMode?: 'decimal' | 'numeric' | undefined;
  autoComplete?: string | undefined;
  lang?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
}) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      {(controlProps) => (
        <input
          {...controlProps}
          {...register(name, rules)}
          type={type}
          aria-required={required || undefined}
          inputMode={inputMode}
          autoComplete={autoComplete}
          lang={lang}
          min={min}
          max={max}
        />
      )}
    </FieldFrame>
  );
}

/** A labelled text area bound to the form. */
export function FormTextArea<T extends FieldValues = FieldValues>({
  name,
  id,
  label,
  hint,
  required,
  rules,
  rows = 4,
  lang,
}: BoundProps<T> & { rows?: number | undefined; lang?: string | undefined }) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      {(controlProps) => (
        <textarea {...controlProps} {...register(name, rules)} rows={rows} lang={lang} aria-required={required || undefined} />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A labelled select bound to the form; `empty` is the text of a "nothing chosen" first option. */
export function FormSelect<T extends FieldValues = FieldValues>({
  name,
  id,
  label,
  hint,
  required,
  rules,
  options,
  empty,
  disabled,
  children,
}: BoundProps<T> & {
  options?: readonly Option[] | undefined;
  empty?: string | undefined;
  disabled?: boolean | undefined;
  /** Options of one's own (optgroups), after `options`. */
  children?: ReactNode;
}) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  // A disabled select keeps its value: react-hook-form holds the values, not the DOM.
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      {(controlProps) => (
        <select {...controlProps} {...register(name, rules)} disabled={disabled} aria-required={required || undefined}>
          {empty !== undefined && <option value="">{empty}</option>}
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** One checkbox bound to a boolean. */
export function FormCheckbox<T extends FieldValues = FieldValues>({
  name,
  label,
  rules,
}: Pick<BoundProps<T>, 'name' | 'label' | 'rules'>) {
  const { register } = useFormContext<T>();
  return (
    <div className="field field--checkbox">
      <label>
        <input type="checkbox" {...register(name, rules)} /> {label}
      </label>
    </div>
  );
}

/**
 * A group of checkboxes bound to an array of the chosen values (strings or numbers): a fieldset
 * that takes the focus when it is at fault, its legend naming the group.
 */
export function FormCheckboxGroup<T extends FieldValues = FieldValues, V extends string | number = string>({
  name,
  id,
  legend,
  hint,
  rules,
  options,
}: Omit<BoundProps<T>, 'label' | 'required'> & {
  legend: string;
  options: readonly { value: V; label: string; lang?: string | undefined }[];
}) {
  // Taken apart: the compiler's lint treats an object holding a ref as a ref.
  const {
    field: { ref, value, onChange, onBlur },
  } = useController<T>({ name, rules });
  const error = useFieldError<T>(name);
  const { hintId, errorId } = describeField(id, error, hint);
  const chosen: readonly V[] = Array.isArray(value) ? (value as V[]) : [];
  return (
    <fieldset
      ref={ref}
      className={error ? 'field-group field--invalid' : 'field-group'}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      id={id}
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
                  onBlur={onBlur}
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

/** The lines of a text, trimmed, without the empty ones. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * A list of strings bound to a string array, written one a line in a text area (competences,
 * equipment). The text is kept as typed, so an empty last line survives while typing; the form
 * holds the lines without the empty ones.
 */
export function FormStringList<T extends FieldValues = FieldValues>({
  name,
  id,
  label,
  hint,
  required,
  rules,
  rows = 4,
}: BoundProps<T> & { rows?: number | undefined }) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController<T>({ name, rules });
  const error = useFieldError<T>(name);
  const items: readonly string[] = Array.isArray(value) ? (value as string[]) : [];
  const [text, setText] = useState(() => items.join('\n'));
  // Follow a value set from outside (a reset) without fighting what is being typed.
  const [shown, setShown] = useState(items);
  if (items !== shown) {
    setShown(items);
    if (linesOf(text).join('\n') !== items.join('\n')) setText(items.join('\n'));
  }
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      {(controlProps) => (
        <textarea
          {...controlProps}
          ref={ref}
          name={name}
          rows={rows}
          value={text}
          aria-required={required || undefined}
          onBlur={onBlur}
          onChange={(event) => {
            setText(event.target.value);
            onChange(linesOf(event.target.value));
          }}
        />
      )}
    </FieldFrame>
  );
}
