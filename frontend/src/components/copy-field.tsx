import { useId, useRef, useState } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';

/** Copies with the Clipboard API, else (older browsers, plain http) by selecting the field. */
async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, not a secure context): fall back below.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** A read-only snippet with its label, hint and a "Kopiera" button that says how it went. */
export function CopyField({ label, hint, value, rows = 2 }: { label: string; hint?: string; value: string; rows?: number }) {
  const { t } = useI18n();
  const id = useId();
  const hintId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  // The outcome belongs to the value that was copied: a new value has not been copied yet.
  const [copied, setCopied] = useState<{ value: string; outcome: 'copied' | 'failed' }>();
  const outcome = copied?.value === value ? copied.outcome : undefined;

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={rows}
        value={value}
        spellCheck={false}
        aria-describedby={hint ? hintId : undefined}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="copy-field__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('feeds.copyNamed', { name: label })}
          onClick={() => void copyText(value, field.current).then((ok) => setCopied({ value, outcome: ok ? 'copied' : 'failed' }))}
        >
          {t('feeds.copy')}
        </button>
        <span role="status" className="muted">
          {outcome === 'copied' ? t('feeds.copied') : outcome === 'failed' ? t('feeds.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
