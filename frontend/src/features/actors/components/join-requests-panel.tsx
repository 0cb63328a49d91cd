import { useId } from 'react';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useApproveJoinRequest } from '../api/approve-join-request';
import { usePendingJoinRequests } from '../api/get-join-requests';
import { useRejectJoinRequest } from '../api/reject-join-request';

interface Props {
  actor: { id: string; name: string };
  onNotice(message: string): void;
}

/** An owner answers the requests to join: approved people become members. */
export function JoinRequestsPanel({ actor, onNotice }: Props) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  const requests = usePendingJoinRequests(actor.id);
  const approve = useApproveJoinRequest();
  const reject = useRejectJoinRequest();
  const busy = approve.isPending || reject.isPending;
  const error = approve.error ?? reject.error;

  let content;
  if (requests.isPending) {
    content = <LoadingMessage />;
  } else if (requests.isError) {
    content = <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />;
  } else if (requests.data.length === 0) {
    content = <p className="muted">{t('myOrgs.noJoinRequests')}</p>;
  } else {
    content = (
      <ul className="request-list">
        {requests.data.map((request) => {
          const name = request.name ?? t('myOrgs.unnamed');
          return (
            <li key={request.id} className="request-list__item">
              <p className="request-list__who">
                <strong>{name}</strong>{' '}
                <span className="muted">
                  {t('myOrgs.requestedAt', { time: formatDateTime(new Date(request.createdAt)) })}
                </span>
              </p>
              {request.message && <blockquote className="request-list__message">{request.message}</blockquote>}
              <div className="button-row">
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  onClick={() => {
                    reject.reset();
                    approve.mutate(
                      { actorId: actor.id, requestId: request.id, role: 'MEMBER' },
                      { onSuccess: () => onNotice(t('myOrgs.approved', { name })) },
                    );
                  }}
                >
                  {t('myOrgs.approve', { name })}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy}
                  onClick={() => {
                    approve.reset();
                    reject.mutate(
                      { actorId: actor.id, requestId: request.id },
                      { onSuccess: () => onNotice(t('myOrgs.rejected', { name })) },
                    );
                  }}
                >
                  {t('myOrgs.reject', { name })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('myOrgs.joinRequests', { name: actor.name })}</h3>
      {!!error && <ErrorMessage error={error} />}
      {content}
    </section>
  );
}
