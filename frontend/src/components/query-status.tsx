import { ApiError, isServiceUnavailable } from '../lib/api/api-error';
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

/**
 * Search and the catalogue lists read from the search engine; when it cannot be reached for a
 * moment the API answers 503, and this says so calmly (not as an error of the user's or a crash),
 * with a button to try again. `announce` is false where the page already announces it elsewhere.
 */
export function SearchUnavailableMessage({ onRetry, announce = true }: { onRetry: () => void; announce?: boolean }) {
  const { t } = useI18n();
  return (
    <div role={announce ? 'status' : undefined} className="notice search-unavailable">
      <p>{t('search.unavailable')}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

/** {@link ErrorMessage} for search and the catalogue lists: their 503 is the search engine's pause. */
export function SearchErrorMessage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return isServiceUnavailable(error) ? <SearchUnavailableMessage onRetry={onRetry} /> : <ErrorMessage error={error} onRetry={onRetry} />;
}
