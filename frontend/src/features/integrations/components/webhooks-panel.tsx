import { useId, useRef, useState } from 'react';
import { ConfirmButton } from '../../../components/confirm-dialog';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCreateWebhook } from '../api/create-webhook';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useWebhooks } from '../api/list-webhooks';
import { useRotateWebhookSecret } from '../api/rotate-webhook-secret';
import { useUpdateWebhook } from '../api/update-webhook';
import { isWebhookEventType, type ShownSecret, type Webhook, type WebhookSecret } from '../model';
import { EMPTY_WEBHOOK_FORM, webhookFormValues } from '../webhook-form';
import { DeliveryLog } from './delivery-log';
import { SecretPanel } from './secret-panel';
import { WebhookForm } from './webhook-form';

/** What one subscription's row is doing besides being listed. */
type RowState = { id: string; mode: 'edit' };

/**
 * "Webhooks": the actor's subscriptions (a URL the platform posts signed events to), each with its
 * delivery log; create shows the signing secret once, as does rotating it.
 */
export function WebhooksPanel({ actorId }: { actorId: string }) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const webhooks = useWebhooks(actorId);
  const create = useCreateWebhook(actorId);
  const update = useUpdateWebhook(actorId);
  const remove = useDeleteWebhook(actorId);
  const rotate = useRotateWebhookSecret(actorId);
  const [shown, setShown] = useState<ShownSecret>();
  const [row, setRow] = useState<RowState>();
  const [openLogs, setOpenLogs] = useState<ReadonlySet<string>>(new Set());
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState('');

  const show = (answer: WebhookSecret, reason: 'created' | 'rotated') =>
    setShown({ kind: 'webhook', reason, webhook: answer.webhook, secret: answer.secret });
  const startRow = (next: RowState | undefined) => {
    update.reset();
    remove.reset();
    rotate.reset();
    setNotice('');
    setRow(next);
  };
  const toggleLog = (id: string) =>
    setOpenLogs((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderRow = (webhook: Webhook) => {
    const logId = `${headingId}-log-${webhook.id}`;
    const logOpen = openLogs.has(webhook.id);
    if (row?.id === webhook.id && row.mode === 'edit') {
      return (
        <WebhookForm
          initial={webhookFormValues(webhook)}
          heading={t('webhooks.editHeading', { url: webhook.url })}
          submitLabel={t('webhooks.save')}
          busy={update.isPending}
          serverError={update.error}
          onCancel={() => startRow(undefined)}
          onSubmit={(input) =>
            update.mutate(
              { id: webhook.id, input },
              {
                onSuccess: () => {
                  setRow(undefined);
                  setNotice(t('webhooks.saved', { url: input.url }));
                },
              },
            )
          }
        />
      );
    }
    return (
      <>
        <p>
          <strong className="integration-list__url">{webhook.url}</strong>{' '}
          <span className={webhook.status === 'ACTIVE' ? 'badge' : 'badge badge--suspended'}>{t(`webhooks.status.${webhook.status}`)}</span>
        </p>
        {webhook.status === 'DISABLED' && (
          <div className="error">
            <p>{webhook.disabledReason ? t('webhooks.disabledBecause', { reason: webhook.disabledReason }) : t('webhooks.disabled')}</p>
            <p>{t('webhooks.enableAgain')}</p>
          </div>
        )}
        {webhook.description && <p>{webhook.description}</p>}
        <dl className="details">
          <dt>{t('webhooks.eventTypes')}</dt>
          <dd>
            {webhook.eventTypes.map((type, index) => (
              <span key={type}>
                {index > 0 && ', '}
                {isWebhookEventType(type) ? t(`webhooks.event.${type}`) : type}
              </span>
            ))}
          </dd>
          <dt>{t('webhooks.created')}</dt>
          <dd>{formatDateTime(new Date(webhook.createdAt))}</dd>
          {webhook.secretRotatedAt && (
            <>
              <dt>{t('webhooks.rotatedAt')}</dt>
              <dd>{formatDateTime(new Date(webhook.secretRotatedAt))}</dd>
            </>
          )}
        </dl>
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" aria-label={t('webhooks.edit', { url: webhook.url })} onClick={() => startRow({ id: webhook.id, mode: 'edit' })}>
            {t('webhooks.editShort')}
          </button>
          <ConfirmButton
            label={t('webhooks.rotateShort')}
            ariaLabel={t('webhooks.rotate', { url: webhook.url })}
            className="button button--secondary button--small"
            title={t('safe.rotateWebhookTitle')}
            confirmLabel={t('webhooks.rotate', { url: webhook.url })}
            busy={rotate.isPending}
            error={rotate.error}
            onOpen={() => startRow(undefined)}
            onConfirm={(close) =>
              rotate.mutate(webhook.id, {
                onSuccess: (answer) => {
                  close();
                  show(answer, 'rotated');
                },
              })
            }
          >
            <p>{t('webhooks.confirmRotate', { url: webhook.url })}</p>
          </ConfirmButton>
          <ConfirmButton
            label={t('webhooks.deleteShort')}
            ariaLabel={t('webhooks.delete', { url: webhook.url })}
            className="button button--secondary button--small"
            title={t('safe.deleteWebhookTitle')}
            confirmLabel={t('webhooks.delete', { url: webhook.url })}
            busy={remove.isPending}
            error={remove.error}
            onOpen={() => startRow(undefined)}
            onConfirm={(close) =>
              remove.mutate(webhook.id, {
                onSuccess: () => {
                  close();
                  setNotice(t('webhooks.deleted', { url: webhook.url }));
                },
              })
            }
            // The row goes away: focus the list's heading.
            focusAfterConfirm={() => heading.current}
          >
            <p>{t('webhooks.confirmDelete', { url: webhook.url })}</p>
          </ConfirmButton>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={logOpen}
            aria-controls={logId}
            aria-label={t('webhooks.deliveries', { url: webhook.url })}
            onClick={() => toggleLog(webhook.id)}
          >
            {t('webhooks.deliveriesShort')}
          </button>
        </div>
        <div id={logId} hidden={!logOpen}>
          {logOpen && <DeliveryLog actorId={actorId} webhookId={webhook.id} url={webhook.url} />}
        </div>
      </>
    );
  };

  let list;
  if (webhooks.isPending) list = <LoadingMessage />;
  else if (webhooks.isError) list = <ErrorMessage error={webhooks.error} onRetry={() => void webhooks.refetch()} />;
  else if (webhooks.data.length === 0) list = <p className="muted">{t('webhooks.empty')}</p>;
  else
    list = (
      <ul className="plain-list integration-list">
        {webhooks.data.map((webhook) => (
          <li key={webhook.id} className="integration-list__item">
            {renderRow(webhook)}
          </li>
        ))}
      </ul>
    );

  return (
    <section aria-labelledby={headingId} className="integrations__section">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('webhooks.title')}
      </h3>
      <p>{t('webhooks.intro')}</p>
      {shown && (
        <SecretPanel
          shown={shown}
          onClose={() => {
            setShown(undefined);
            heading.current?.focus();
          }}
        />
      )}
      {list}
      <WebhookForm
        key={formKey}
        initial={EMPTY_WEBHOOK_FORM}
        heading={t('webhooks.new')}
        submitLabel={t('webhooks.create')}
        busy={create.isPending}
        serverError={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (answer) => {
              // A fresh, empty form for the next one.
              setFormKey((key) => key + 1);
              show(answer, 'created');
            },
          })
        }
      />
      <p role="status" className="notice">
        {notice}
      </p>
    </section>
  );
}
