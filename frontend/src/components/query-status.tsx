import { ApiError } from '../lib/api/api-error';
import { useI18n } from '../lib/i18n/i18n-context';

export function LoadingMessage({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="status">
      {label ?? t('app.loading')}
    </p>
  );
}

/** Shows the problem's own words (RFC 9457 detail, else title) when the server sent any. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  let description: string;
  if (error instanceof ApiError) {
    description =
      error.problem?.detail ?? error.problem?.title ?? t('error.status', { status: error.status });
  } else {
    description = t('error.network');
  }

  return (
    <div role="alert" className="error">
      <p className="error__title">{t('error.title')}</p>
      <p>{description}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
