import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PagedResults, ResultsSection, VocabulariesFailed } from '../../../components/directory-parts';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useAuth } from '../../../lib/auth/auth-context';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCollaborations } from '../api/list-collaborations';
import { CollaborationCard } from '../components/collaboration-card';
import { DirectoryFilterForm } from '../components/directory-filter-form';
import {
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
  hasActiveFilters,
  periodError,
  withFilter,
  withToggled,
  type ListFilterName,
  type SingleFilterName,
} from '../directory-filters';
import { leadCandidatesOf } from '../leads';
import type { ActorHref, CollaborationVocabularies } from '../model';
import { collaborationPaths } from '../paths';
import { countyOfMunicipality } from '../../../lib/places';

/** The public directory of collaborations, searchable and filtered through the URL. */
export function CollaborationDirectoryPage({
  vocabularies,
  actorHref,
}: {
  vocabularies: CollaborationVocabularies;
  actorHref: ActorHref;
}) {
  const { t } = useI18n();
  const resultsHeadingId = useId();
  const { status } = useAuth();
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const query = useMemo(() => filtersToApiQuery(filters), [filters]);
  const collaborations = useCollaborations(query);
  useDocumentTitle(t('collabDirectory.title'));

  const countyOf = (code: string) => countyOfMunicipality(vocabularies.municipalities, code);

  function onChange(name: SingleFilterName, value: string, typing: boolean) {
    // Each pause in typing would otherwise be a step for the Back button.
    setSearchParams(filtersToSearchParams(withFilter(filters, name, value, countyOf)), { replace: typing });
  }
  function onToggle(name: ListFilterName, value: string, on: boolean) {
    setSearchParams(filtersToSearchParams(withToggled(filters, name, value, on)));
  }

  const pages = collaborations.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  // Every page carries the counts of all matching collaborations; the kinds add up to all of them.
  const facets = pages[0]?.facets;
  const total = Math.max(
    Object.values(facets?.kind ?? {}).reduce((sum, count) => sum + count, 0),
    items.length,
  );
  const actorName = filters.actor
    ? items.find((item) => item.lead.id === filters.actor)?.lead.name
    : undefined;

  return (
    <>
      <h1>{t('collabDirectory.title')}</h1>
      <p className="lead">{t('collabDirectory.lead')}</p>
      {status === 'authenticated' && leadCandidatesOf(me.data).length > 0 && (
        <p>
          <Link to={collaborationPaths.create} className="button">
            {t('collabDirectory.start')}
          </Link>
        </p>
      )}
      <DirectoryFilterForm
        filters={filters}
        facets={facets}
        vocabularies={vocabularies}
        periodError={periodError(filters)}
        onChange={onChange}
        onToggle={onToggle}
      />
      {!!vocabularies.error && <VocabulariesFailed message={t('collabDirectory.vocabulariesFailed')} onRetry={vocabularies.retry} />}
      <ResultsSection
        headingId={resultsHeadingId}
        heading={t('collabDirectory.results')}
        clearHref={hasActiveFilters(filters) ? collaborationPaths.directory : undefined}
        clearLabel={t('collabDirectory.clear')}
        note={
          filters.actor && (
            <p>
              {actorName ? t('collabDirectory.actorFilter', { name: actorName }) : t('collabDirectory.actorFilterUnnamed')}{' '}
              <Link to={`${collaborationPaths.directory}?${filtersToSearchParams({ ...filters, actor: undefined }).toString()}`}>
                {t('collabDirectory.actorFilterClear')}
              </Link>
            </p>
          )
        }
        shown={items.length === 0 ? '' : t('collabDirectory.shown', { shown: items.length, total })}
      >
        <PagedResults
          query={collaborations}
          items={items}
          empty={hasActiveFilters(filters) ? t('collabDirectory.empty') : t('collabDirectory.emptyAll')}
          listClassName="resource-list"
          keyOf={(collaboration) => collaboration.id}
          renderItem={(collaboration) => <CollaborationCard collaboration={collaboration} actorHref={actorHref} />}
        />
      </ResultsSection>
    </>
  );
}
