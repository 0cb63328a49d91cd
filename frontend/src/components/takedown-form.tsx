import { useId, useState, type FormEvent } from 'react';
import { ActionError } from './stale-version-alert';

/** The sentences of a takedown form, in the feature's words ("take the resource down"). */
export interface TakedownTexts {
  reason: string;
  reasonHint: string;
  reasonRequired: string;
  takeDown: string;
  restore: string;
  conflict: string;
  reload: string;
}

interface TakedownFormProps {
  /** Taken down already: the form offers a restore and asks for no reason. */
  takenDown: boolean;
  pending: boolean;
  /** The failed takedown or restore, if any; a 412 offers a reload. */
  error: unknown;
  texts: TakedownTexts;
  /** Sends the takedown with its trimmed reason; calls `onSuccess` once the server took it. */
  onTakeDown: (reason: string, onSuccess: () => void) => void;
  onRestore: () => void;
  /** Resets the failed call and fetches the server's version. */
  onReload: () => void;
}

/**
 * A moderator's takedown (a reason is required, since the owners' people read it) or restore, for
 * any feature that can be taken down. The feature supplies the calls; the server checks the role again.
 */
export function TakedownForm({ takenDown, pending, error, texts, onTakeDown, onRestore, onReload }: TakedownFormProps) {
  const reasonId = useId();
  const errorId = useId();
  const hintId = useId();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const trimmed = reason.trim();
  const showMissing = missingReason && !trimmed;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (takenDown) {
      onRestore();
      return;
    }
    if (!trimmed) {
      setMissingReason(true);
      document.getElementById(reasonId)?.focus();
      return;
    }
    onTakeDown(trimmed, () => {
      setReason('');
      setMissingReason(false);
    });
  }

  return (
    <form className="moderation-actions" noValidate onSubmit={submit}>
      {!takenDown && (
        <div className={showMissing ? 'field field--invalid' : 'field'}>
          <label htmlFor={reasonId}>{texts.reason}</label>
          <p id={hintId} className="field__hint">
            {texts.reasonHint}
          </p>
          {showMissing && (
            <p id={errorId} className="field__error">
              {texts.reasonRequired}
            </p>
          )}
          <textarea
            id={reasonId}
            rows={2}
            maxLength={2000}
            value={reason}
            aria-required
            aria-invalid={showMissing || undefined}
            aria-describedby={[hintId, showMissing ? errorId : ''].filter(Boolean).join(' ')}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      )}
      <ActionError error={error} message={texts.conflict} reloadLabel={texts.reload} onReload={onReload} />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {takenDown ? texts.restore : texts.takeDown}
        </button>
      </div>
    </form>
  );
}
