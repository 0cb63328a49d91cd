import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/query-status';
import { ApiError } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useModerateCollaboration } from '../api/moderate-collaboration';
import type { Collaboration } from '../model';
import { isTakenDown } from '../moderation';

interface Props {
  collaboration: Collaboration;
  etag: string;
  onDone(message: string): void;
  onReload(): void;
}

/** A moderator's takedown (with a reason the lead's people read) or restore. The server checks the role again. */
export function TakedownPanel({ collaboration, etag, onDone, onReload }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const reasonId = useId();
  const hintId = useId();
  const errorId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const moderate = useModerateCollaboration();
  const takenDown = isTakenDown(collaboration);
  const stale = moderate.error instanceof ApiError && moderate.error.status === 412;
  const trimmed = reason.trim();
  const showMissing = missing && !trimmed;

  function submit(event: FormEvent) {
    event.preventDefault();
    const { id } = collaboration;
    if (takenDown) {
      moderate.mutate({ id, etag, action: 'restore' }, { onSuccess: () => onDone(t('collab.restoredNotice')) });
      return;
    }
    if (!trimmed) {
      setMissing(true);
      document.getElementById(reasonId)?.focus();
      return;
    }
    moderate.mutate(
      { id, etag, action: 'takeDown', reason: trimmed },
      {
        onSuccess: () => {
          setReason('');
          setMissing(false);
          onDone(t('collab.takenDownNotice'));
        },
      },
    );
  }

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('collab.moderation')}</h2>
      <form className="moderation-actions" noValidate onSubmit={submit}>
        {!takenDown && (
          <div className={showMissing ? 'field field--invalid' : 'field'}>
            <label htmlFor={reasonId}>{t('collab.takedownReason')}</label>
            <p id={hintId} className="field__hint">
              {t('collab.takedownReasonHint')}
            </p>
            {showMissing && (
              <p id={errorId} className="field__error">
                {t('collab.takedownReasonRequired')}
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
            <p>{t('collab.conflict')}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                moderate.reset();
                onReload();
              }}
            >
              {t('collab.reload')}
            </button>
          </div>
        ) : (
          !!moderate.error && <ErrorMessage error={moderate.error} />
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={moderate.isPending}>
            {takenDown ? t('collab.restore') : t('collab.takeDown')}
          </button>
        </div>
      </form>
    </section>
  );
}
