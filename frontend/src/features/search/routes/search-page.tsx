import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { DebouncedTextField } from '../../../components/debounced-text-field';
import { ErrorMessage, LoadingMessage, SearchUnavailableMessage } from '../../../components/query-status';
import { useDocumentTitle } from '../../../components/use-document-title';
import { isServiceUnavailable } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useSearch } from '../api/search';
import { SearchHitList } from '../components/search-hit-list';
import { PAGE_HITS, searchableQuery, type HitHref } from '../model';

/** The search page: `?q=` holds the words, so a search can be linked; hits follow the typing. */
export function SearchPage({ hrefOf }: { hrefOf: HitHref }) {
  const { t } = useI18n();
  const resultsHeadingId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const text = searchParams.get('q') ?? '';
  const q = searchableQuery(text);
  const results = useSearch(q, PAGE_HITS);
  useDocumentTitle(q ? `${t('search.title')}: ${q}` : t('search.title'));

  const hits = results.data?.items ?? [];
  // Said at the first 503, while the query waits out Retry-After before trying again by itself.
  const unavailable = isServiceUnavailable(results.failureReason) && (!results.data || results.isPlaceholderData);
  let status = '';
  let content = null;
  if (text.trim() && !q) {
    status = t('search.minLength');
  } else if (q && unavailable) {
    content = <SearchUnavailableMessage onRetry={() => void results.refetch()} />;
  } else if (q && results.isPending) {
    content = <LoadingMessage label={t('search.searching')} />;
  } else if (q && results.isError && !results.data) {
    content = <ErrorMessage error={results.error} onRetry={() => void results.refetch()} />;
  } else if (q && results.data) {
    if (hits.length === 0) status = t('search.noHits', { q });
    else status = hits.length === 1 ? t('search.oneHit') : t('search.hits', { count: hits.length });
    content = hits.length > 0 && <SearchHitList hits={hits} hrefOf={hrefOf} />;
  }

  return (
    <>
      <h1>{t('search.title')}</h1>
      <p className="lead">{t('search.lead')}</p>
      <form role="search" aria-label={t('search.title')} className="filter-form" onSubmit={(event) => event.preventDefault()}>
        <DebouncedTextField
          label={t('search.pageField')}
          value={text}
          // Typing replaces the entry: Back leaves the search instead of stepping through its pauses.
          onCommit={(next) => setSearchParams(next.trim() ? { q: next } : {}, { replace: true })}
        />
      </form>
      <section aria-labelledby={resultsHeadingId}>
        <h2 id={resultsHeadingId}>{t('search.results')}</h2>
        {/* Announces how many hits there are, without moving focus. */}
        <p role="status" className="muted">
          {status}
        </p>
        {content}
      </section>
    </>
  );
}
