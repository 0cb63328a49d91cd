import { useMemo } from 'react';
import { DebouncedTextField } from '../../../components/debounced-text-field';
import { FilterSelect } from '../../../components/filter-parts';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { countiesOf, municipalitiesIn } from '../../../lib/places';
import type { DirectoryFilters, FilterName } from '../directory-filters';
import { ACTOR_KINDS, SECTOR_OF_KIND, SECTORS, type ActorVocabularies } from '../model';

interface Props {
  filters: DirectoryFilters;
  vocabularies: ActorVocabularies;
  /** `typing` is true for the search text, whose every pause should not add a history entry. */
  onChange: (name: FilterName, value: string, typing: boolean) => void;
}

/** The search box and the filters; every change goes to the URL, which the list reads. */
export function DirectoryFilterForm({ filters, vocabularies, onChange }: Props) {
  const { t, language } = useI18n();
  const { municipalities, technologyAreas } = vocabularies;

  const counties = useMemo(() => countiesOf(municipalities ?? []), [municipalities]);
  const municipalityOptions = useMemo(
    () =>
      municipalitiesIn(municipalities, filters.county).map((municipality) => ({ value: municipality.code, label: municipality.name })),
    [municipalities, filters.county],
  );
  const kinds = ACTOR_KINDS.filter((kind) => !filters.sector || SECTOR_OF_KIND[kind] === filters.sector);

  return (
    <form role="search" aria-label={t('directory.filters')} className="filter-form" onSubmit={(event) => event.preventDefault()}>
      <DebouncedTextField label={t('directory.search')} value={filters.q} onCommit={(text) => onChange('q', text, true)} />
      <FilterSelect
        anyLabel={t('directory.any')}
        label={t('directory.sector')}
        value={filters.sector}
        options={SECTORS.map((sector) => ({ value: sector, label: t(`sector.${sector}`) }))}
        onChange={(value) => onChange('sector', value, false)}
      />
      <FilterSelect
        anyLabel={t('directory.any')}
        label={t('directory.kind')}
        value={filters.kind}
        options={kinds.map((kind) => ({ value: kind, label: t(`actorKind.${kind}`) }))}
        onChange={(value) => onChange('kind', value, false)}
      />
      <FilterSelect
        anyLabel={t('directory.any')}
        label={t('directory.county')}
        value={filters.county}
        disabled={!municipalities}
        options={counties.map((county) => ({ value: county.code, label: county.name }))}
        onChange={(value) => onChange('county', value, false)}
      />
      <FilterSelect
        anyLabel={t('directory.any')}
        label={t('directory.municipality')}
        value={filters.municipality}
        disabled={!municipalities}
        options={municipalityOptions}
        onChange={(value) => onChange('municipality', value, false)}
      />
      <FilterSelect
        anyLabel={t('directory.any')}
        label={t('directory.technologyArea')}
        value={filters.technologyArea}
        disabled={!technologyAreas}
        options={(technologyAreas ?? []).map((area) => ({
          value: area.code,
          label: pickLocalized(area.name, language)?.text ?? area.code,
        }))}
        onChange={(value) => onChange('technologyArea', value, false)}
      />
    </form>
  );
}
