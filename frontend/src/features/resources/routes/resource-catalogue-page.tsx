import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PagedResults, ResultsSection, VocabulariesFailed } from '../../../components/directory-parts';
import { markersOf, PlaceMap } from '../../../components/map/place-map';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useAuth } from '../../../lib/auth/auth-context';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useResources } from '../api/list-resources';
import {
  dateRangeError,
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
  hasActiveFilters,
  todayInStockholm,
  withFilter,
  type CatalogueFilterName,
} from '../catalogue-filters';
import { CatalogueFilterForm } from '../components/catalogue-filter-form';
import { EventMonthView } from '../components/event-month-view';
import { ResourceCard } from '../components/resource-card';
import type { ActorHref, ResourceVocabularies } from '../model';
import { resourcePaths, resourceUrl } from '../paths';
import { publishersOf } from '../publishers';
import { countyOfMunicipality } from '../../../lib/places';

/** The public catalogue of published resources, searchable and filtered through the URL. */
export function ResourceCataloguePage({
  vocabularies,
  actorHref,
}: {
  vocabularies: ResourceVocabularies;
  actorHref: ActorHref;
}) {
  const { t, language } = useI18n();
  const resultsHeadingId = useId();
  const { status } = useAuth();
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const query = useMemo(() => filtersToApiQuery(filters), [filters]);
  const dateError = dateRangeError(filters);
  // The previous results stay while the next search runs, instead of flashing "loading".
  // Events can be seen as a month (?view=month&month=2026-05); any other listing is a list.
  const monthView = filters.kind === 'EVENT' && searchParams.get('view') === 'month';
  const month = monthOf(searchParams.get('month'));
  // The month view fetches its own month; the list's query then waits.
  const resources = useResources(query, { keepPrevious: true, enabled: !monthView });
  useDocumentTitle(t('catalogue.title'));

  const countyOf = (code: string) => countyOfMunicipality(vocabularies.municipalities, code);

  function onChange(name: CatalogueFilterName, value: string, typing: boolean) {
    const next = withFilter(filters, name, value, countyOf);
    // Each pause in typing would otherwise be a step for the Back button.
    setSearchParams(withView(filtersToSearchParams(next), monthView, month), { replace: typing });
  }

  function showView(asMonth: boolean, shownMonth = month) {
    setSearchParams(withView(filtersToSearchParams(filters), asMonth, shownMonth));
  }

  const pages = resources.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  // Every page carries the counts of all matching resources; the families add up to all of them.
  const facets = pages[0]?.facets;
  const total = Object.values(facets?.family ?? {}).reduce((sum, count) => sum + count, 0);
  const markers = markersOf(items, (resource) => ({
    id: resource.id,
    label: pickLocalized(resource.title, language)?.text ?? resource.slug,
    href: resourceUrl(resource.slug),
  }));
  const actorName = filters.actor
    ? items.find((item) => item.actor.id === filters.actor)?.actor.name
    : undefined;

  return (
    <>
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.lead')}</p>
      {status === 'authenticated' && publishersOf(me.data).length > 0 && (
        <p>
          <Link to={resourcePaths.create} className="button">
            {t('catalogue.add')}
          </Link>
        </p>
      )}
      <CatalogueFilterForm
        filters={filters}
        facets={facets}
        vocabularies={vocabularies}
        dateError={dateError}
        onChange={onChange}
      />
      {!!vocabularies.error && <VocabulariesFailed message={t('catalogue.vocabulariesFailed')} onRetry={vocabularies.retry} />}
      <ResultsSection
        headingId={resultsHeadingId}
        heading={t('catalogue.results')}
        clearHref={hasActiveFilters(filters) ? resourcePaths.catalogue : undefined}
        clearLabel={t('catalogue.clear')}
        note={
          filters.actor && (
            <p>
              {actorName ? t('catalogue.actorFilter', { name: actorName }) : t('catalogue.actorFilterUnnamed')}{' '}
              <Link to={`${resourcePaths.catalogue}?${filtersToSearchParams({ ...filters, actor: undefined }).toString()}`}>
                {t('catalogue.actorFilterClear')}
              </Link>
            </p>
          )
        }
        shown={
          monthView || items.length === 0
            ? ''
            : Math.max(total, items.length) === 1
              ? t('catalogue.shownOne')
              : t('catalogue.shown', { shown: items.length, total: Math.max(total, items.length) })
        }
      >
        {filters.kind === 'EVENT' && <ViewToggle monthView={monthView} onChange={(asMonth) => showView(asMonth)} />}
        {monthView ? (
          <EventMonthView filters={filters} month={month} onMonthChange={(next) => showView(true, next)} />
        ) : (
          <>
            <PlaceMap label={t('map.catalogueLabel')} markers={markers} />
            <PagedResults
              query={resources}
              items={items}
              empty={hasActiveFilters(filters) ? t('catalogue.empty') : t('catalogue.emptyAll')}
              listClassName="resource-list"
              keyOf={(resource) => resource.id}
              renderItem={(resource) => <ResourceCard resource={resource} actorHref={actorHref} />}
            />
          </>
        )}
      </ResultsSection>
    </>
  );
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month asked for in the URL, else the current one in Sweden. */
function monthOf(value: string | null): string {
  return value && MONTH.test(value) ? value : todayInStockholm().slice(0, 7);
}

/** The filters' parameters plus the view's own (view and month), which the filters do not know. */
function withView(params: URLSearchParams, monthView: boolean, month: string): URLSearchParams {
  if (monthView) {
    params.set('view', 'month');
    params.set('month', month);
  }
  return params;
}

/** List or month: two toggle buttons, the pressed one is the view shown. */
function ViewToggle({ monthView, onChange }: { monthView: boolean; onChange: (asMonth: boolean) => void }) {
  const { t } = useI18n();
  return (
    <div role="group" aria-label={t('calendar.view')} className="view-toggle">
      <button type="button" className="button button--secondary" aria-pressed={!monthView} onClick={() => onChange(false)}>
        {t('calendar.list')}
      </button>
      <button type="button" className="button button--secondary" aria-pressed={monthView} onClick={() => onChange(true)}>
        {t('calendar.month')}
      </button>
    </div>
  );
}
