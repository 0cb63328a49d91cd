import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { VocabulariesFailed } from '../../../components/directory-parts';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { ActorsByCounty, ActorsByKind, ActorsByMunicipality, ActorsBySector, ActorsJoined } from '../components/actor-figures';
import { CollaborationIntensity, ResourcesPublished } from '../components/activity-figures';
import { AreaCoOccurrence, KnowledgeAreas, SdgCoverage, TechnologyAreas } from '../components/area-figures';
import { BoundaryCrossing, BoundaryScores, HelixShares } from '../components/boundary-figures';
import { InsightsFilterForm } from '../components/insights-filter-form';
import { MunicipalityLinks } from '../components/links-section';
import { NetworkSection } from '../components/network-section';
import { Synergy } from '../components/synergy-figure';
import { filtersFromSearchParams, filtersToApiQuery, filtersToSearchParams, periodError, withFilter, type FilterName } from '../filters';
import type { ActorHref, InsightVocabularies } from '../model';
import { insightsPaths } from '../paths';
import { countyOfMunicipality } from '../../../lib/places';

/**
 * The insights dashboard: how the region's ecosystem is doing, figure by figure, each with its
 * chart, table and CSV, all under the same filters from the URL.
 */
export function InsightsPage({
  vocabularies,
  actorHref,
}: {
  vocabularies: InsightVocabularies;
  actorHref: ActorHref;
}) {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const query = useMemo(() => filtersToApiQuery(filters), [filters]);
  useDocumentTitle(t('insights.title'));

  const countyOf = (code: string) => countyOfMunicipality(vocabularies.municipalities, code);
  function onChange(name: FilterName, value: string) {
    setSearchParams(filtersToSearchParams(withFilter(filters, name, value, countyOf)));
  }

  return (
    <>
      <h1>{t('insights.title')}</h1>
      <p className="lead">{t('insights.lead')}</p>
      <InsightsFilterForm filters={filters} vocabularies={vocabularies} periodError={periodError(filters)} onChange={onChange} />
      {filtersToSearchParams(filters).size > 0 && (
        <p>
          <Link to={insightsPaths.dashboard}>{t('insights.filter.clear')}</Link>
        </p>
      )}
      {!!vocabularies.error && <VocabulariesFailed message={t('insights.vocabulariesFailed')} onRetry={vocabularies.retry} />}
      <div className="insights">
        <ActorsBySector query={query} />
        <ActorsByKind query={query} />
        <ActorsByCounty query={query} />
        <ActorsByMunicipality query={query} />
        <ActorsJoined query={query} />
        <ResourcesPublished query={query} />
        <CollaborationIntensity query={query} />
        <BoundaryCrossing query={query} />
        <BoundaryScores query={query} />
        <HelixShares query={query} />
        <SdgCoverage query={query} />
        <TechnologyAreas query={query} />
        <KnowledgeAreas query={query} />
        <AreaCoOccurrence query={query} />
        <NetworkSection query={query} actorHref={actorHref} />
        <MunicipalityLinks query={query} />
        <Synergy query={query} />
      </div>
    </>
  );
}
