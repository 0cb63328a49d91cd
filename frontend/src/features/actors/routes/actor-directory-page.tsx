import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useActors } from '../api/list-actors';
import { ActorCard } from '../components/actor-card';
import { DirectoryFilterForm } from '../components/directory-filter-form';
import {
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
  hasActiveFilters,
  withFilter,
  type FilterName,
} from '../directory-filters';
import type { ActorVocabularies } from '../model';
import { actorPaths } from '../paths';

/** The public directory of ACTIVE actors, searchable and filtered through the URL. */
export function ActorDirectoryPage({ vocabularies }: { vocabularies: ActorVocabularies }) {
  const { t } = useI18n();
  const resultsHeadingId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const query = useMemo(() => filtersToApiQuery(filters), [filters]);
  // The previous results stay while the next search runs, instead of flashing "loading".
  const actors = useActors(query, { keepPrevious: true });
  useDocumentTitle(t('directory.title'));

  const countyOfMunicipality = (code: string) =>
    vocabularies.municipalities?.find((municipality) => municipality.code === code)?.countyCode;

  function onChange(name: FilterName, value: string, typing: boolean) {
    const next = withFilter(filters, name, value, countyOfMunicipality);
    // Each pause in typing would otherwise be a step for the Back button.
    setSearchParams(filtersToSearchParams(next), { replace: typing });
  }

  const items = actors.data?.pages.flatMap((page) => page.items) ?? [];
  let results;
  if (actors.isPending) {
    results = <LoadingMessage />;
  } else if (actors.isError && !actors.data) {
    results = <ErrorMessage error={actors.error} onRetry={() => void actors.refetch()} />;
  } else if (items.length === 0) {
    results = <p>{hasActiveFilters(filters) ? t('directory.empty') : t('directory.emptyAll')}</p>;
  } else {
    results = (
      <>
        <ul className="actor-list">
          {items.map((actor) => (
            <li key={actor.id}>
              <ActorCard actor={actor} />
            </li>
          ))}
        </ul>
        {actors.isFetchNextPageError && (
          <ErrorMessage error={actors.error} onRetry={() => void actors.fetchNextPage()} />
        )}
        <LoadMoreButton query={actors} />
      </>
    );
  }

  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p className="lead">{t('directory.lead')}</p>
      <div className="callout">
        <p>{t('directory.invitation')}</p>
        <p>
          <Link to={actorPaths.register} className="button">
            {t('directory.register')}
          </Link>
        </p>
      </div>
      <DirectoryFilterForm filters={filters} vocabularies={vocabularies} onChange={onChange} />
      {!!vocabularies.error && (
        <div role="alert" className="error">
          <p>{t('directory.vocabulariesFailed')}</p>
          <button type="button" className="button button--secondary" onClick={vocabularies.retry}>
            {t('error.retry')}
          </button>
        </div>
      )}
      <section aria-labelledby={resultsHeadingId} className="directory-results">
        <div className="directory-results__header">
          <h2 id={resultsHeadingId}>{t('directory.results')}</h2>
          {hasActiveFilters(filters) && (
            <Link to={actorPaths.directory} className="directory-results__clear">
              {t('directory.clear')}
            </Link>
          )}
        </div>
        {/* Announces how many actors the search found, without moving focus. */}
        <p role="status" className="muted">
          {items.length > 0 ? t('directory.shown', { count: items.length }) : ''}
        </p>
        {results}
      </section>
    </>
  );
}
