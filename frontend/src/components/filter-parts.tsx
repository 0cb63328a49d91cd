import { useId } from 'react';

/** One choice of a filter select. */
export interface FilterOption {
  value: string;
  label: string;
}

interface FilterSelectProps {
  label: string;
  /** The first option, which clears the filter ("All"). */
  anyLabel: string;
  value: string | undefined;
  options?: readonly FilterOption[] | undefined;
  /** Options under headings, after any plain ones. */
  groups?: readonly { label: string; options: readonly FilterOption[] }[] | undefined;
  disabled?: boolean | undefined;
  /** A colour for the select's left edge that repeats the chosen value (an SDG's colour); decoration only. */
  accent?: string | undefined;
  onChange: (value: string) => void;
}

/** A labelled select of a filter form; choosing the first option clears the filter. */
export function FilterSelect({ label, anyLabel, value, options, groups, disabled, accent, onChange }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        className={accent ? 'filter-select--accent' : undefined}
        style={accent ? { borderLeftColor: accent } : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{anyLabel}</option>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

interface DateRangeFieldsProps {
  legend: string;
  hint: string;
  /** Why the range cannot be searched (the end before the start…); marks the end field invalid. */
  error?: string | undefined;
  fromLabel: string;
  toLabel: string;
  from: string | undefined;
  to: string | undefined;
  onChange: (name: 'from' | 'to', value: string) => void;
}

/** The from–to dates of a filter form, with a hint and the range's error on the end date. */
export function DateRangeFields({ legend, hint, error, fromLabel, toLabel, from, to, onChange }: DateRangeFieldsProps) {
  const hintId = useId();
  const errorId = useId();
  const fromId = useId();
  const toId = useId();
  return (
    <fieldset className="filter-form__dates" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={fromId}>{fromLabel}</label>
          <input id={fromId} type="date" value={from ?? ''} onChange={(event) => onChange('from', event.target.value)} />
        </div>
        <div className={error ? 'field field--invalid' : 'field'}>
          <label htmlFor={toId}>{toLabel}</label>
          <input
            id={toId}
            type="date"
            value={to ?? ''}
            min={from}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => onChange('to', event.target.value)}
          />
        </div>
      </div>
    </fieldset>
  );
}
