import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';
import { ErrorMessage } from './query-status';
import './confirm-dialog.css';

export interface ConfirmDialogProps {
  open: boolean;
  /** What will happen, as a question: "Lämna Norrskensdata AB?". */
  title: string;
  /** The consequence in plain words: what is lost, who notices, how (or whether) it is undone. */
  children: ReactNode;
  /** Names the action ("Lämna Norrskensdata AB"), never "OK" or "Ja". */
  confirmLabel: string;
  cancelLabel?: string;
  /** While the request runs: the buttons stay focusable but do nothing, and Escape is held back. */
  busy?: boolean;
  /** The failed request (an API problem), shown inside the dialog so the person can cancel or retry. */
  error?: unknown;
  /** Red confirm button, for what cannot be taken back; false for a weighty but undoable change. */
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /**
   * Where focus goes after a confirmed action whose button is about to disappear (a removed row,
   * a membership that ends); given the button that opened the dialog. Otherwise focus returns there.
   */
  focusAfterConfirm?: (opener: HTMLElement | null) => HTMLElement | null | undefined;
}

/** Back to the button that opened the dialog, or after a confirmation where the caller said. */
function restoreFocus(target: HTMLElement | null) {
  if (!target?.isConnected) return;
  // A heading or a section is not focusable by itself: -1 makes it a target without adding a tab stop.
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * The one confirmation step of the SPA for what is hard to undo (leave, remove, archive, revoke): a
 * native modal <dialog>, so the page behind is inert and Escape cancels. Focus starts on the cancel
 * button (the harmless answer) and returns to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy = false,
  error,
  destructive = true,
  onConfirm,
  onCancel,
  focusAfterConfirm,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // Where focus goes if this confirmation succeeds, found when confirmed: the opener may be gone by the time the dialog closes.
  const afterConfirm = useRef<HTMLElement | null>(null);

  // Layout effects: the dialog is closed (and the page no longer inert) before any passive effect
  // of the confirmed change runs, so a panel that focuses itself (a new secret) can.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      afterConfirm.current = null;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      restoreFocus(afterConfirm.current ?? opener.current);
    }
  }, [open]);

  // Unmounted while open (its row went away with the confirmed change): focus must not fall to <body>.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const state = { opener, afterConfirm };
    return () => {
      if (dialog?.hasAttribute('open')) restoreFocus(state.afterConfirm.current ?? state.opener.current);
    };
  }, []);

  const cancel = () => {
    if (busy) return;
    afterConfirm.current = null;
    onCancel();
  };

  return (
    <dialog
      ref={dialogRef}
      className={destructive ? 'confirm-dialog confirm-dialog--destructive' : 'confirm-dialog'}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: the dialog stays open until the parent says so (and not at all while busy).
        event.preventDefault();
        cancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        {children}
      </div>
      {open && !!error && !busy && <ErrorMessage error={error} />}
      <p role="status" className="confirm-dialog__status">
        {busy ? t('confirm.busy') : ''}
      </p>
      <div className="button-row confirm-dialog__buttons">
        <button
          type="button"
          className={destructive ? 'button button--danger' : 'button'}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            afterConfirm.current = focusAfterConfirm?.(opener.current) ?? null;
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={cancel}>
          {cancelLabel ?? t('confirm.cancel')}
        </button>
      </div>
    </dialog>
  );
}

export interface ConfirmButtonProps extends Omit<ConfirmDialogProps, 'open' | 'onCancel' | 'onConfirm'> {
  /** The button's own text; `ariaLabel` when the text alone is ambiguous in a list ("Ta bort"). */
  label: ReactNode;
  ariaLabel?: string;
  className?: string;
  disabled?: boolean;
  /** The id of the sentence saying why the button is disabled (or what it does). */
  describedBy?: string;
  /** Called as the dialog opens: reset the mutation there, so an old failure is not shown. */
  onOpen?: () => void;
  /** Sends the request; call `close` when it succeeded. On failure the dialog shows `error`. */
  onConfirm: (close: () => void) => void;
}

/** A button that asks first: it opens a {@link ConfirmDialog} and runs `onConfirm` only when confirmed. */
export function ConfirmButton({
  label,
  ariaLabel,
  className = 'button button--secondary',
  disabled,
  describedBy,
  onOpen,
  onConfirm,
  ...dialog
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        aria-haspopup="dialog"
        onClick={() => {
          onOpen?.();
          setOpen(true);
        }}
      >
        {label}
      </button>
      <ConfirmDialog {...dialog} open={open} onCancel={() => setOpen(false)} onConfirm={() => onConfirm(() => setOpen(false))} />
    </>
  );
}
