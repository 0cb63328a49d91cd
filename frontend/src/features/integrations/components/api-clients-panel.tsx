import { useId, useRef, useState } from 'react';
import { ConfirmButton } from '../../../components/confirm-dialog';
import { FormErrorSummary, TextInputField } from '../../../components/form';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { formErrorsOf } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCreateApiClient } from '../api/create-api-client';
import { useApiClients } from '../api/list-api-clients';
import { useRevokeApiClient } from '../api/revoke-api-client';
import { useRotateApiClientSecret } from '../api/rotate-api-client-secret';
import { API_CLIENT_NAME_MAX, type ApiClientSecret, type ApiClientView, type ShownSecret } from '../model';
import { SecretPanel } from './secret-panel';

/**
 * "API-klienter": the actor's clients for its integrations (partners' systems that sync through
 * the API with client-credentials tokens). Create one with a name, then copy its secret from the
 * panel that opens, the only time the platform shows it; rotate or revoke after a confirmation.
 */
export function ApiClientsPanel({ actorId }: { actorId: string }) {
  const { t, language, formatDateTime } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const clients = useApiClients(actorId);
  const create = useCreateApiClient(actorId);
  const rotate = useRotateApiClientSecret(actorId);
  const revoke = useRevokeApiClient(actorId);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [shown, setShown] = useState<ShownSecret>();
  const [notice, setNotice] = useState('');

  const show = (answer: ApiClientSecret, reason: 'created' | 'rotated') =>
    setShown({ kind: 'api-client', reason, client: answer.client, secret: answer.clientSecret, tokenUrl: answer.tokenUrl });

  const server = formErrorsOf(create.error, (path) => (path === 'name' ? 'name' : undefined), language);
  const shownNameError = nameError ?? server?.fields.name;

  const submit = () => {
    setNotice('');
    const trimmed = name.trim();
    const error = !trimmed
      ? t('apiClients.nameRequired')
      : trimmed.length > API_CLIENT_NAME_MAX
        ? t('apiClients.nameTooLong', { max: API_CLIENT_NAME_MAX })
        : undefined;
    setNameError(error);
    if (error) return;
    create.mutate(trimmed, {
      onSuccess: (answer) => {
        setName('');
        show(answer, 'created');
      },
      onError: () => summary.current?.focus(),
    });
  };

  const doRotate = (client: ApiClientView, close: () => void) =>
    rotate.mutate(client.id, {
      onSuccess: (answer) => {
        close();
        show(answer, 'rotated');
      },
    });

  const doRevoke = (client: ApiClientView, close: () => void) =>
    revoke.mutate(client.id, {
      onSuccess: () => {
        close();
        setNotice(t('apiClients.revoked', { name: client.name }));
      },
    });

  // A fresh attempt: no old failure in the dialog, no old notice below.
  const resetActions = () => {
    rotate.reset();
    revoke.reset();
    setNotice('');
  };

  const closeSecret = () => {
    setShown(undefined);
    heading.current?.focus();
  };

  let list;
  if (clients.isPending) list = <LoadingMessage />;
  else if (clients.isError) list = <ErrorMessage error={clients.error} onRetry={() => void clients.refetch()} />;
  else if (clients.data.length === 0) list = <p className="muted">{t('apiClients.empty')}</p>;
  else
    list = (
      <ul className="plain-list integration-list">
        {clients.data.map((client) => (
          <li key={client.id} className="integration-list__item">
            <p>
              <strong>{client.name}</strong>{' '}
              <span className={client.status === 'ACTIVE' ? 'badge' : 'badge badge--archived'}>{t(`apiClients.status.${client.status}`)}</span>
            </p>
            <dl className="details">
              <dt>{t('apiClients.clientId')}</dt>
              <dd>
                <code>{client.clientId}</code>
              </dd>
              <dt>{t('apiClients.created')}</dt>
              <dd>
                {client.createdBy
                  ? t('apiClients.createdBy', { time: formatDateTime(new Date(client.createdAt)), name: client.createdBy.name })
                  : formatDateTime(new Date(client.createdAt))}
              </dd>
              {client.secretRotatedAt && (
                <>
                  <dt>{t('apiClients.rotatedAt')}</dt>
                  <dd>{formatDateTime(new Date(client.secretRotatedAt))}</dd>
                </>
              )}
              {client.revokedAt && (
                <>
                  <dt>{t('apiClients.revokedAt')}</dt>
                  <dd>{formatDateTime(new Date(client.revokedAt))}</dd>
                </>
              )}
            </dl>
            {client.status === 'ACTIVE' && (
              <div className="button-row">
                <ConfirmButton
                  label={t('apiClients.rotate', { name: client.name })}
                  className="button button--secondary button--small"
                  title={t('safe.rotateClientTitle', { name: client.name })}
                  confirmLabel={t('apiClients.rotate', { name: client.name })}
                  busy={rotate.isPending}
                  error={rotate.error}
                  onOpen={resetActions}
                  onConfirm={(close) => doRotate(client, close)}
                >
                  <p>{t('apiClients.confirmRotate')}</p>
                </ConfirmButton>
                <ConfirmButton
                  label={t('apiClients.revoke', { name: client.name })}
                  className="button button--secondary button--small"
                  title={t('safe.revokeClientTitle', { name: client.name })}
                  confirmLabel={t('apiClients.revoke', { name: client.name })}
                  busy={revoke.isPending}
                  error={revoke.error}
                  onOpen={resetActions}
                  onConfirm={(close) => doRevoke(client, close)}
                  // A revoked client keeps its row but loses these buttons: focus the list's heading.
                  focusAfterConfirm={() => heading.current}
                >
                  <p>{t('apiClients.confirmRevoke')}</p>
                </ConfirmButton>
              </div>
            )}
          </li>
        ))}
      </ul>
    );

  return (
    <section aria-labelledby={headingId} className="integrations__section">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('apiClients.title')}
      </h3>
      <p>{t('apiClients.intro')}</p>
      {shown && <SecretPanel shown={shown} onClose={closeSecret} />}
      {list}
      <form
        noValidate
        className="integration-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h4>{t('apiClients.new')}</h4>
        <FormErrorSummary serverError={create.error} server={server} invalid={false} summaryRef={summary} />
        <TextInputField
          id={`${headingId}-name`}
          label={t('apiClients.name')}
          hint={t('apiClients.nameHint', { max: API_CLIENT_NAME_MAX })}
          value={name}
          onChange={setName}
          error={shownNameError}
          required
          autoComplete="off"
        />
        <button type="submit" className="button" disabled={create.isPending}>
          {t('apiClients.create')}
        </button>
      </form>
      <p role="status" className="notice">
        {notice}
      </p>
    </section>
  );
}
