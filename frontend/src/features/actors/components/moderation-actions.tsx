import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useApproveActor } from '../api/approve-actor';
import { useReinstateActor } from '../api/reinstate-actor';
import { useSuspendActor } from '../api/suspend-actor';
import type { ActorStatus } from '../model';

interface Props {
  actor: { id: string; name: string; status: ActorStatus };
  /** The ETag of the version shown, when there is one: acting on a changed actor then gives 412. */
  etag?: string;
  /** Called with a sentence saying what happened, for a status message outside this form. */
  onDone: (message: string) => void;
  /** Names the actor on the button, where several actors are listed together. */
  nameInButton?: boolean;
}

/**
 * What a moderator can do with an actor in its current status: approve a pending one or turn it
 * down, suspend an active one, reinstate a suspended one. Turning down is the same call as
 * suspending (the server allows it on a pending actor) and, like it, needs a reason, which the
 * actor's owners see. The server checks the role and the transition again (a wrong one is a 409).
 */
export function ModerationActions({ actor, etag, onDone, nameInButton = false }: Props) {
  const { t } = useI18n();
  const reasonId = useId();
  const errorId = useId();
  const hintId = useId();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const approve = useApproveActor();
  const suspend = useSuspendActor();
  const reinstate = useReinstateActor();
  const pending = approve.isPending || suspend.isPending || reinstate.isPending;
  const error = approve.error ?? suspend.error ?? reinstate.error;
  const trimmed = reason.trim();
  const pendingActor = actor.status === 'PENDING';
  // Suspending needs a reason; for a pending actor it is optional to approve, required to turn down.
  const reasonRequired = actor.status === 'ACTIVE';

  function done(key: 'moderation.approved' | 'moderation.suspended' | 'moderation.reinstated' | 'moderation.rejected') {
    return () => {
      setReason('');
      setMissingReason(false);
      onDone(t(key, { name: actor.name }));
    };
  }

  function requireReason(): boolean {
    if (trimmed) return true;
    setMissingReason(true);
    document.getElementById(reasonId)?.focus();
    return false;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (actor.status === 'PENDING') {
      approve.mutate({ id: actor.id, etag, ...(trimmed ? { reason: trimmed } : {}) }, { onSuccess: done('moderation.approved') });
    } else if (actor.status === 'ACTIVE') {
      if (!requireReason()) return;
      suspend.mutate({ id: actor.id, etag, reason: trimmed }, { onSuccess: done('moderation.suspended') });
    } else {
      reinstate.mutate(
        { id: actor.id, etag, ...(trimmed ? { reason: trimmed } : {}) },
        { onSuccess: done('moderation.reinstated') },
      );
    }
  }

  function reject() {
    if (!requireReason()) return;
    suspend.mutate({ id: actor.id, etag, reason: trimmed }, { onSuccess: done('moderation.rejected') });
  }

  let label: string;
  if (pendingActor) {
    label = nameInButton ? t('moderation.approveNamed', { name: actor.name }) : t('moderation.approve');
  } else if (actor.status === 'ACTIVE') {
    label = t('moderation.suspend');
  } else {
    label = t('moderation.reinstate');
  }
  const showMissing = missingReason && (reasonRequired || pendingActor) && !trimmed;
  const describedBy = [pendingActor ? hintId : undefined, showMissing ? errorId : undefined].filter(Boolean).join(' ');

  return (
    <form className="moderation-actions" noValidate onSubmit={submit}>
      <div className={showMissing ? 'field field--invalid' : 'field'}>
        <label htmlFor={reasonId}>
          {reasonRequired ? t('moderation.reason') : t('moderation.reasonOptional')}
        </label>
        {pendingActor && (
          <p id={hintId} className="field__hint">
            {t('moderation.rejectHint')}
          </p>
        )}
        {showMissing && (
          <p id={errorId} className="field__error">
            {pendingActor ? t('moderation.rejectReasonRequired') : t('moderation.reasonRequired')}
          </p>
        )}
        <textarea
          id={reasonId}
          rows={2}
          value={reason}
          aria-required={reasonRequired || undefined}
          aria-invalid={showMissing || undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      {!!error && <ErrorMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {label}
        </button>
        {pendingActor && (
          <button type="button" className="button button--secondary" disabled={pending} onClick={reject}>
            {nameInButton ? t('moderation.rejectNamed', { name: actor.name }) : t('moderation.reject')}
          </button>
        )}
      </div>
    </form>
  );
}
