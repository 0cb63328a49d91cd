import { useMemo } from 'react';
import { sdgColour } from '../../../components/sdg-colours';
import { DebouncedTextField } from '../../../components/debounced-text-field';
import { DateRangeFields, FilterSelect } from '../../../components/filter-parts';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { countiesOf, municipalitiesIn } from '../../../lib/places';
import { TAG_MAX, type CatalogueFilterName, type CatalogueFilters, type DateRangeError } from '../catalogue-filters';
import {
  ACCESS_CONDITIONS,
  FAMILIES,
  FAMILY_OF_KIND,
  RESOURCE_KINDS,
  type Facets,
  type ResourceVocabularies,
} from '../model';

interface Props {
  filters: CatalogueFilters;
  /** The counts of the current results, once they have arrived. */
  facets: Facets | undefined;
  vocabularies: ResourceVocabularies;
  dateError: DateRangeError | undefined;
  /** `typing` is true for the texts, whose every pause should not add a history entry. */
  onChange: (name: CatalogueFilterName, value: string, typing: boolean) => void;
}

/**
 * The catalogue's search box and filters; every change goes to the URL, which the list reads.
 * Each option says how many of the current results have it (the response's facets).
 */
export function CatalogueFilterForm({ filters, facets, vocabularies, dateError, onChange }: Props) {
  const { t, language } = useI18n();
  const { municipalities, technologyAreas, sdgs } = vocabularies;

  /** "Testbädd (3)" once the counts are known; a value missing from a facet has none. */
  const counted = (label: string, facet: Record<string, number> | undefined, value: string): string =>
    facets ? t('catalogue.withCount', { label, count: facet?.[value] ?? 0 }) : label;

  const counties = useMemo(() => countiesOf(municipalities ?? []), [municipalities]);
  // Sweden has 290 municipalities: offer those that have resources (and the one chosen).
  const municipalityOptions = municipalitiesIn(municipalities, filters.county)
    .filter((m) => !facets || (facets.municipality?.[m.code] ?? 0) > 0 || m.code === filters.municipality)
    .map((m) => ({ value: m.code, label: counted(m.name, facets?.municipality, m.code) }));
  const kinds = RESOURCE_KINDS.filter((kind) => !filters.family || FAMILY_OF_KIND[kind] === filters.family);
  const dateErrorText = dateError ? t(`catalogue.${dateError}`) : undefined;

  return (
    <form
      role="search"
      aria-label={t('catalogue.filters')}
      className="filter-form"
      onSubmit={(event) => event.preventDefault()}
    >
      <DebouncedTextField label={t('catalogue.search')} value={filters.q} onCommit={(text) => onChange('q', text, true)} />
      <FilterSelect
        anyLabel={t('catalogue.any')}
        label={t('catalogue.family')}
        value={filters.family}
        options={FAMILIES.map((family) => ({ value: family, label: counted(t(`family.${family}`), facets?.family, family) }))}
        onChange={(value) => onChange('family', value, false)}
      />
      <FilterSelect
        anyLabel={t('catalogue.any')}
        label={t('catalogue.kind')}
        value={filters.kind}
        options={kinds.map((kind) => ({ value: kind, label: counted(t(`resourceKind.${kind}`), facets?.kind, kind) }))}
        onChange={(value) => onChange('kind', value, false)}
      />
      <FilterSelect
        anyLabel={t('catalogue.any')}
        label={t('catalogue.technologyArea')}
        value={filters.technologyArea}
        disabled={!technologyAreas}
        options={(technologyAreas ?? []).map((area) => ({
          value: area.code,
          label: counted(pickLocalized(area.name, language)?.text ?? area.code, facets?.technologyArea, area.code),
        }))}
        onChange={(value) => onChange('technologyArea', value, false)}
      />
      <FilterSelect
        anyLabel={t('catalogue.any')}
        label={t('catalogue.sdg')}
        value={filters.sdg}
        accent={filters.sdg ? sdgColour(Number(filters.sdg)) : undefined}
        disabled={!sdgs}
        options={(sdgs ?? []).map((sdg) => ({
          value: String(sdg.number),
          label: counted(
            t('resource.sdg', { number: sdg.number, name: pickLocalized(sdg.name, language)?.text ?? '' }),
            facets?.sdg,
            String(sdg.number),
          ),
        }))}
        onChange={(value) => onChange('sdg', value, false)}
      />
      <FilterSelect
        anyLabel={t('catalogue.any')}
        label={t('catalogue.county')}
        value={filters.county}
        disabled={!municipalities}
        options={counties.map((county) => ({ value: county.code, label: county.name }))}
        onChange={(value) => onChange('county', value, false)}
      />
      <FilterSelect
        anyLabel={t('catalogue.any')}
        label={t('catalogue.municipality')}
        value={filters.municipality}
        disabled={!municipalities}
        options={municipalityOptions}
        onChange={(value) => onChange('municipality', value, false)}
      />
      <FilterSelect
        anyLabel={t('catalogue.any')}
        label={t('catalogue.access')}
        value={filters.access}
        options={ACCESS_CONDITIONS.map((access) => ({ value: access, label: t(`access.${access}`) }))}
        onChange={(value) => onChange('access', value, false)}
      />
      <DebouncedTextField
        label={t('catalogue.tag')}
        type="text"
        className="field"
        maxLength={TAG_MAX}
        value={filters.tag ?? ''}
        onCommit={(text) => onChange('tag', text.trim(), true)}
      />
      <DateRangeFields
        legend={t('catalogue.dates')}
        hint={t('catalogue.datesHint')}
        error={dateErrorText}
        fromLabel={t('catalogue.from')}
        toLabel={t('catalogue.to')}
        from={filters.from}
        to={filters.to}
        onChange={(name, value) => onChange(name, value, false)}
      />
    </form>
  );
}
