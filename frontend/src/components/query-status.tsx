import { ApiError } from '../lib/api/api-error';
import { useI18n } from '../lib/i18n/i18n-context';
import { fieldErrorMessage, problemDetail, problemMessage } from '../lib/i18n/problem-messages';

export function LoadingMessage({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="status">
      {label ?? t('app.loading')}
    </p>
  );
}

/**
 * Says what went wrong in the user's language, from the problem's stable type (or the HTTP status)
 * and, for invalid input, each field's code; see lib/i18n/problem-messages.
 */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, language } = useI18n();
  let description: string;
  let detail: string | undefined;
  let fields: string[] = [];
  if (error instanceof ApiError) {
    description = problemMessage(error.problem, error.status, language);
    detail = problemDetail(error.problem);
    fields = (error.problem?.errors ?? []).map((fieldError) => `${fieldError.field}: ${fieldErrorMessage(fieldError, language)}`);
  } else {
    description = t('error.network');
  }

  return (
    <div role="alert" className="error">
      <p className="error__title">{t('error.title')}</p>
      <p>{description}</p>
      {detail && <p lang="en">{detail}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
