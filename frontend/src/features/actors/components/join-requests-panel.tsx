import { AnswerButtons, OwnerPanel } from '../../../components/owner-panel';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useApproveJoinRequest } from '../api/approve-join-request';
import { usePendingJoinRequests } from '../api/get-join-requests';
import { useRejectJoinRequest } from '../api/reject-join-request';

interface Props {
  actor: { id: string; name: string };
  onNotice: (message: string) => void;
}

/** An owner answers the requests to join: approved people become members. */
export function JoinRequestsPanel({ actor, onNotice }: Props) {
  const { t, formatDateTime } = useI18n();
  const requests = usePendingJoinRequests(actor.id);
  const approve = useApproveJoinRequest();
  const reject = useRejectJoinRequest();
  const busy = approve.isPending || reject.isPending;

  return (
    <OwnerPanel
      heading={t('myOrgs.joinRequests', { name: actor.name })}
      query={requests}
      emptyText={t('myOrgs.noJoinRequests')}
      actionError={approve.error ?? reject.error}
    >
      {(items) => (
        <ul className="request-list">
          {items.map((request) => {
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
                <AnswerButtons
                  acceptLabel={t('myOrgs.approve', { name })}
                  declineLabel={t('myOrgs.reject', { name })}
                  disabled={busy}
                  onAccept={() => {
                    reject.reset();
                    approve.mutate(
                      { actorId: actor.id, requestId: request.id, role: 'MEMBER' },
                      { onSuccess: () => onNotice(t('myOrgs.approved', { name })) },
                    );
                  }}
                  onDecline={() => {
                    approve.reset();
                    reject.mutate(
                      { actorId: actor.id, requestId: request.id },
                      { onSuccess: () => onNotice(t('myOrgs.rejected', { name })) },
                    );
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </OwnerPanel>
  );
}
