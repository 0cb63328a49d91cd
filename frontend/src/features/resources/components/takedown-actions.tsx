import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/query-status';
import { ApiError } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useRestoreResource } from '../api/restore-resource';
import { useTakeDownResource } from '../api/take-down-resource';
import type { Resource } from '../model';
import { moderatorActionFor } from '../moderation';

interface Props {
  resource: Resource;
  /** The ETag of the version shown: acting on a changed resource gives 412 and changes nothing. */
  etag: string;
  /** Called with a sentence saying what happened, for a status message outside. */
  onDone(message: string): void;
  onReload(): void;
}

/**
 * A moderator's takedown (with a reason the publisher's people read) or restore. Editors cannot
 * undo a takedown; only this restores it. The server checks the role again.
 */
export function TakedownActions({ resource, etag, onDone, onReload }: Props) {
  const { t } = useI18n();
  const reasonId = useId();
  const errorId = useId();
  const hintId = useId();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const takeDown = useTakeDownResource();
  const restore = useRestoreResource();
  const action = moderatorActionFor(resource, true);
  const pending = takeDown.isPending || restore.isPending;
  const error = takeDown.error ?? restore.error;
  const stale = error instanceof ApiError && error.status === 412;
  const trimmed = reason.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (action === 'restore') {
      restore.mutate({ id: resource.id, etag }, { onSuccess: () => onDone(t('takedown.restored')) });
      return;
    }
    if (!trimmed) {
      setMissingReason(true);
      document.getElementById(reasonId)?.focus();
      return;
    }
    takeDown.mutate(
      { id: resource.id, etag, reason: trimmed },
      {
        onSuccess: () => {
          setReason('');
          setMissingReason(false);
          onDone(t('takedown.done'));
        },
      },
    );
  }

  const showMissing = missingReason && !trimmed;
  return (
    <form className="moderation-actions" noValidate onSubmit={submit}>
      {action === 'takeDown' && (
        <div className={showMissing ? 'field field--invalid' : 'field'}>
          <label htmlFor={reasonId}>{t('takedown.reason')}</label>
          <p id={hintId} className="field__hint">
            {t('takedown.reasonHint')}
          </p>
          {showMissing && (
            <p id={errorId} className="field__error">
              {t('takedown.reasonRequired')}
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
      {stale ? (
        <div role="alert" className="error">
          <p>{t('resource.conflict')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              takeDown.reset();
              restore.reset();
              onReload();
            }}
          >
            {t('resource.reload')}
          </button>
        </div>
      ) : (
        !!error && <ErrorMessage error={error} />
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {action === 'restore' ? t('takedown.restore') : t('takedown.takeDown')}
        </button>
      </div>
    </form>
  );
}
