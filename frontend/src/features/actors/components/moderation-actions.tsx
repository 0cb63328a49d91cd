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
  onDone(message: string): void;
  /** Names the actor on the button, where several actors are listed together. */
  nameInButton?: boolean;
}

/**
 * What a moderator can do with an actor in its current status: approve a pending one, suspend an
 * active one (a reason is required), reinstate a suspended one. The server checks the role and
 * the transition again (a wrong one is a 409).
 */
export function ModerationActions({ actor, etag, onDone, nameInButton = false }: Props) {
  const { t } = useI18n();
  const reasonId = useId();
  const errorId = useId();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const approve = useApproveActor();
  const suspend = useSuspendActor();
  const reinstate = useReinstateActor();
  const pending = approve.isPending || suspend.isPending || reinstate.isPending;
  const error = approve.error ?? suspend.error ?? reinstate.error;
  const trimmed = reason.trim();
  const reasonRequired = actor.status === 'ACTIVE';

  function submit(event: FormEvent) {
    event.preventDefault();
    const done = (key: 'moderation.approved' | 'moderation.suspended' | 'moderation.reinstated') => () => {
      setReason('');
      onDone(t(key, { name: actor.name }));
    };
    if (actor.status === 'PENDING') {
      approve.mutate({ id: actor.id, etag, ...(trimmed ? { reason: trimmed } : {}) }, { onSuccess: done('moderation.approved') });
    } else if (actor.status === 'ACTIVE') {
      if (!trimmed) {
        setMissingReason(true);
        document.getElementById(reasonId)?.focus();
        return;
      }
      suspend.mutate({ id: actor.id, etag, reason: trimmed }, { onSuccess: done('moderation.suspended') });
    } else {
      reinstate.mutate(
        { id: actor.id, etag, ...(trimmed ? { reason: trimmed } : {}) },
        { onSuccess: done('moderation.reinstated') },
      );
    }
  }

  let label: string;
  if (actor.status === 'PENDING') {
    label = nameInButton ? t('moderation.approveNamed', { name: actor.name }) : t('moderation.approve');
  } else if (actor.status === 'ACTIVE') {
    label = t('moderation.suspend');
  } else {
    label = t('moderation.reinstate');
  }
  const showMissing = missingReason && reasonRequired && !trimmed;

  return (
    <form className="moderation-actions" noValidate onSubmit={submit}>
      <div className={showMissing ? 'field field--invalid' : 'field'}>
        <label htmlFor={reasonId}>
          {reasonRequired ? t('moderation.reason') : t('moderation.reasonOptional')}
        </label>
        {showMissing && (
          <p id={errorId} className="field__error">
            {t('moderation.reasonRequired')}
          </p>
        )}
        <textarea
          id={reasonId}
          rows={2}
          value={reason}
          aria-required={reasonRequired || undefined}
          aria-invalid={showMissing || undefined}
          aria-describedby={showMissing ? errorId : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      {!!error && <ErrorMessage error={error} />}
      <button type="submit" className="button" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
