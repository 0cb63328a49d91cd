import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';

/** How long typing must pause before the text is used (a search runs, the URL changes). */
export const TYPING_PAUSE_MS = 300;

/**
 * A text field whose value is committed after a pause in typing, for searches that follow the
 * text as it is typed. `value` is the committed text (usually from the URL): when it changes under
 * the field (Back, Forward, "clear"), the field shows it.
 */
export function DebouncedTextField({
  label,
  value,
  onCommit,
  type = 'search',
  className = 'field field--search',
  hint,
  maxLength,
}: {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  type?: 'search' | 'text';
  className?: string;
  hint?: string;
  maxLength?: number;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const lastSent = useRef(value);

  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setText(value);
    }
  }, [value]);

  // Not a dependency: a new callback from a re-render must not restart the pause.
  const commit = useEffectEvent((query: string) => onCommit(query));
  useEffect(() => {
    if (text === lastSent.current) return;
    const timer = setTimeout(() => {
      lastSent.current = text;
      commit(text);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={text}
        maxLength={maxLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}
