import { useEffect, useId, useRef } from 'react';
import { CopyField } from '../../../components/copy-field';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { tokenRequestExample } from '../examples';
import type { ShownSecret } from '../model';

interface Props {
  shown: ShownSecret;
  /** Forgets the secret: the panel's owner drops it from its state, and nothing else kept it. */
  onClose: () => void;
}

/**
 * A secret the server sent once (an API client's or a webhook's), with what one needs to use it
 * and a copy button for each. Focus moves here when it opens, so a screen reader hears at once
 * that this is the only chance to copy it.
 */
export function SecretPanel({ shown, onClose }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const warningId = useId();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), [shown]);

  const name = shown.kind === 'api-client' ? shown.client.name : shown.webhook.url;
  const heading =
    shown.kind === 'api-client'
      ? t(shown.reason === 'created' ? 'secret.clientCreated' : 'secret.clientRotated', { name })
      : t(shown.reason === 'created' ? 'secret.webhookCreated' : 'secret.webhookRotated', { name });

  return (
    <section
      ref={panel}
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      aria-describedby={warningId}
      tabIndex={-1}
      className="panel secret-panel"
    >
      <h4 id={headingId}>{heading}</h4>
      <p id={warningId} className="secret-panel__warning">
        <strong>{t('secret.onlyNow')}</strong> {t(shown.kind === 'api-client' ? 'secret.lostClient' : 'secret.lostWebhook')}
      </p>
      {shown.kind === 'api-client' ? (
        <>
          <CopyField label={t('secret.clientId')} value={shown.client.clientId} rows={1} />
          <CopyField label={t('secret.clientSecret')} value={shown.secret} rows={1} />
          <CopyField label={t('secret.tokenUrl')} hint={t('secret.tokenUrlHint')} value={shown.tokenUrl} rows={1} />
          <CopyField
            label={t('secret.curl')}
            hint={t('secret.curlHint')}
            value={tokenRequestExample(shown.tokenUrl, shown.client.clientId, shown.secret)}
            rows={5}
          />
        </>
      ) : (
        <>
          <CopyField label={t('secret.signingSecret')} hint={t('secret.signingHint')} value={shown.secret} rows={1} />
          {shown.reason === 'rotated' && <p>{t('secret.webhookOverlap')}</p>}
        </>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('secret.close')}
      </button>
    </section>
  );
}
