import { useEffect, useRef } from 'react';

interface Props {
  /** What will happen, and what it breaks: the question the owner answers. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The second step of a destructive action (revoke, delete, replace a secret), in place of the
 * button that started it. Focus moves to the question, so it is read before the answer buttons.
 */
export function ConfirmStep({ question, confirmLabel, cancelLabel, busy, onConfirm, onCancel }: Props) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className="confirm-step">
      <p ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="button-row">
        <button type="button" className="button button--danger button--small" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary button--small" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
