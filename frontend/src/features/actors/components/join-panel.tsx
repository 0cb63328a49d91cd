import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { LoginOffer } from '../../../components/session-gate';
import { useAuth } from '../../../lib/auth/auth-context';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCreateJoinRequest } from '../api/create-join-request';
import { useWithdrawJoinRequest } from '../api/withdraw-join-request';
import type { Actor } from '../model';
import { JOIN_MESSAGE_MAX } from '../validation';

/**
 * "Ask to join" for a signed-in person with no role in the actor; a pending request (from /me)
 * can be withdrawn instead. Only ACTIVE actors take requests, so others show nothing.
 */
export function JoinPanel({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  const { status } = useAuth();
  const headingId = useId();
  const messageId = useId();
  const hintId = useId();
  const errorId = useId();
  const me = useMe();
  const create = useCreateJoinRequest();
  const withdraw = useWithdrawJoinRequest();
  const [message, setMessage] = useState('');
  const [tooLong, setTooLong] = useState(false);

  if (actor.status !== 'ACTIVE' || actor.myRole) return null;

  let content;
  if (status === 'anonymous') {
    content = <LoginOffer message={t('join.loginRequired')} />;
  } else if (status !== 'authenticated') {
    return null;
  } else if (me.isPending) {
    content = <LoadingMessage />;
  } else if (me.isError) {
    content = <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  } else {
    const request = me.data.joinRequests.find((candidate) => candidate.actor.id === actor.id);
    if (request) {
      content = (
        <>
          <p role="status">{t('join.pending')}</p>
          {!!withdraw.error && <ErrorMessage error={withdraw.error} />}
          <button
            type="button"
            className="button button--secondary"
            disabled={withdraw.isPending}
            onClick={() => withdraw.mutate({ actorId: actor.id, requestId: request.id })}
          >
            {t('join.withdraw')}
          </button>
        </>
      );
    } else {
      const submit = (event: FormEvent) => {
        event.preventDefault();
        const text = message.trim();
        if (text.length > JOIN_MESSAGE_MAX) {
          setTooLong(true);
          document.getElementById(messageId)?.focus();
          return;
        }
        setTooLong(false);
        create.mutate({ actorId: actor.id, ...(text ? { message: text } : {}) }, { onSuccess: () => setMessage('') });
      };
      content = (
        <form noValidate onSubmit={submit}>
          <p>{t('join.intro')}</p>
          <div className={tooLong ? 'field field--invalid' : 'field'}>
            <label htmlFor={messageId}>{t('join.message')}</label>
            <p id={hintId} className="field__hint">
              {t('join.messageHint', { max: JOIN_MESSAGE_MAX })}
            </p>
            {tooLong && (
              <p id={errorId} className="field__error">
                {t('join.messageTooLong', { max: JOIN_MESSAGE_MAX })}
              </p>
            )}
            <textarea
              id={messageId}
              rows={3}
              value={message}
              aria-invalid={tooLong || undefined}
              aria-describedby={tooLong ? `${hintId} ${errorId}` : hintId}
              onChange={(event) => setMessage(event.target.value)}
            />
          </div>
          {!!create.error && <ErrorMessage error={create.error} />}
          <button type="submit" className="button" disabled={create.isPending}>
            {t('join.submit')}
          </button>
        </form>
      );
    }
  }

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('join.title')}</h2>
      {content}
    </section>
  );
}
