import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PagedResults, ResultsSection, VocabulariesFailed } from '../../../components/directory-parts';
import { markersOf, PlaceMap } from '../../../components/map/place-map';
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
import { actorPaths, actorUrl } from '../paths';
import { countyOfMunicipality } from '../../../lib/places';

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

  const countyOf = (code: string) => countyOfMunicipality(vocabularies.municipalities, code);

  function onChange(name: FilterName, value: string, typing: boolean) {
    const next = withFilter(filters, name, value, countyOf);
    // Each pause in typing would otherwise be a step for the Back button.
    setSearchParams(filtersToSearchParams(next), { replace: typing });
  }

  const items = actors.data?.pages.flatMap((page) => page.items) ?? [];
  const markers = markersOf(items, (actor) => ({ id: actor.id, label: actor.name, href: actorUrl(actor.slug) }));

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
      {!!vocabularies.error && <VocabulariesFailed message={t('directory.vocabulariesFailed')} onRetry={vocabularies.retry} />}
      <ResultsSection
        headingId={resultsHeadingId}
        heading={t('directory.results')}
        clearHref={hasActiveFilters(filters) ? actorPaths.directory : undefined}
        clearLabel={t('directory.clear')}
        shown={items.length > 0 ? t('directory.shown', { count: items.length }) : ''}
      >
        <PlaceMap label={t('map.directoryLabel')} markers={markers} />
        <PagedResults
          query={actors}
          items={items}
          empty={hasActiveFilters(filters) ? t('directory.empty') : t('directory.emptyAll')}
          listClassName="actor-list"
          keyOf={(actor) => actor.id}
          renderItem={(actor) => <ActorCard actor={actor} />}
        />
      </ResultsSection>
    </>
  );
}
