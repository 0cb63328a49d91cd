import { useId, useState } from 'react';
import { LoadMoreButton } from '../../../components/load-more-button';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useDeliveries } from '../api/list-deliveries';
import { useRedeliver } from '../api/redeliver';
import type { Delivery } from '../model';
import { TableScroll } from '../../../components/table-scroll';

/**
 * A subscription's deliveries, newest first: what was sent, how it went (status, attempts, the
 * receiver's last answer or the error), when the next attempt is due, and "skicka igen".
 */
export function DeliveryLog({ actorId, webhookId, url }: { actorId: string; webhookId: string; url: string }) {
  const { t, formatDateTime } = useI18n();
  const captionId = useId();
  const deliveries = useDeliveries(actorId, webhookId, { enabled: true });
  const redeliver = useRedeliver(actorId, webhookId);
  const [notice, setNotice] = useState('');
  const time = (value: string | null | undefined) => (value ? formatDateTime(new Date(value)) : '–');
  const lastAnswer = (delivery: Delivery) =>
    delivery.lastResponseStatus != null
      ? t('deliveries.httpStatus', { status: delivery.lastResponseStatus })
      : (delivery.lastError ?? '–');

  if (deliveries.isPending) return <LoadingMessage label={t('deliveries.loading')} />;
  if (deliveries.isError) return <ErrorMessage error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  const items = deliveries.data.pages.flatMap((page) => page.items);

  return (
    <div className="delivery-log">
      {items.length === 0 ? (
        <p className="muted">{t('deliveries.empty')}</p>
      ) : (
        <TableScroll label={t('deliveries.caption', { url })}>
          <table aria-labelledby={captionId}>
            <caption id={captionId}>{t('deliveries.caption', { url })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deliveries.event')}</th>
                <th scope="col">{t('deliveries.created')}</th>
                <th scope="col">{t('deliveries.status')}</th>
                <th scope="col">{t('deliveries.attempts')}</th>
                <th scope="col">{t('deliveries.lastAnswer')}</th>
                <th scope="col">{t('deliveries.nextAttempt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('deliveries.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((delivery) => (
                <tr key={delivery.id}>
                  <td>
                    <code>{delivery.eventType}</code>
                  </td>
                  <td>{time(delivery.createdAt)}</td>
                  <td>{t(`deliveries.statusValue.${delivery.status}`)}</td>
                  <td>{delivery.attempts}</td>
                  <td>
                    {lastAnswer(delivery)}
                    {delivery.lastAttemptAt && <span className="muted"> ({time(delivery.lastAttemptAt)})</span>}
                    {delivery.lastResponseBody && (
                      <details>
                        <summary>{t('deliveries.responseBody')}</summary>
                        <pre className="delivery-log__body">{delivery.lastResponseBody}</pre>
                      </details>
                    )}
                  </td>
                  <td>{time(delivery.nextAttemptAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={redeliver.isPending}
                      aria-label={t('deliveries.redeliverNamed', { event: delivery.eventType, time: time(delivery.createdAt) })}
                      onClick={() => {
                        setNotice('');
                        redeliver.mutate(delivery.id, { onSuccess: () => setNotice(t('deliveries.redelivered', { event: delivery.eventType })) });
                      }}
                    >
                      {t('deliveries.redeliver')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <LoadMoreButton query={deliveries} />
      {!!redeliver.error && <ErrorMessage error={redeliver.error} />}
      <p role="status" className="notice">
        {notice}
      </p>
    </div>
  );
}
