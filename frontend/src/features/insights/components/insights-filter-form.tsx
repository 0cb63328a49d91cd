import { useMemo } from 'react';
import { DateRangeFields, FilterSelect } from '../../../components/filter-parts';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { countiesOf, municipalitiesIn } from '../../../lib/places';
import type { FilterName, InsightFilters } from '../filters';
import { SECTORS, type InsightVocabularies } from '../model';

/** The dashboard's filters; every change goes to the URL, which every figure reads. */
export function InsightsFilterForm({
  filters,
  vocabularies,
  periodError,
  onChange,
}: {
  filters: InsightFilters;
  vocabularies: InsightVocabularies;
  periodError: 'toBeforeFrom' | undefined;
  onChange: (name: FilterName, value: string) => void;
}) {
  const { t, language } = useI18n();
  const { municipalities, technologyAreas, sdgs, knowledgeAreas } = vocabularies;
  const nameOf = (name: { sv?: string; en?: string }, fallback: string) => pickLocalized(name, language)?.text ?? fallback;
  const counties = useMemo(() => countiesOf(municipalities ?? []), [municipalities]);
  const municipalityOptions = municipalitiesIn(municipalities, filters.county).map((m) => ({ value: m.code, label: m.name }));
  // Each research area, then its subject groups (the level the figures count); a subject only when a link chose one.
  const all = knowledgeAreas ?? [];
  const knowledgeGroups = all
    .filter((area) => area.level === 'AREA')
    .map((area) => ({
      label: nameOf(area.name, area.code),
      options: [
        { value: area.code, label: t('insights.filter.knowledgeAreaWhole', { name: nameOf(area.name, area.code) }) },
        ...all
          .filter((group) => group.level === 'GROUP' && group.parentCode === area.code)
          .map((group) => ({ value: group.code, label: nameOf(group.name, group.code) })),
        ...all
          .filter((subject) => subject.level === 'SUBJECT' && subject.code === filters.knowledgeArea && subject.code.startsWith(area.code))
          .map((subject) => ({ value: subject.code, label: nameOf(subject.name, subject.code) })),
      ],
    }));

  return (
    <form aria-label={t('insights.filter.label')} className="filter-form" onSubmit={(event) => event.preventDefault()}>
      <DateRangeFields
        legend={t('insights.filter.period')}
        hint={t('insights.filter.periodHint')}
        error={periodError && t('insights.filter.toBeforeFrom')}
        fromLabel={t('insights.filter.from')}
        toLabel={t('insights.filter.to')}
        from={filters.from}
        to={filters.to}
        onChange={onChange}
      />
      <FilterSelect
        anyLabel={t('insights.filter.any')}
        label={t('insights.filter.county')}
        value={filters.county}
        disabled={!municipalities}
        options={counties.map((county) => ({ value: county.code, label: county.name }))}
        onChange={(value) => onChange('county', value)}
      />
      <FilterSelect
        anyLabel={t('insights.filter.any')}
        label={t('insights.filter.municipality')}
        value={filters.municipality}
        disabled={!municipalities}
        options={municipalityOptions}
        onChange={(value) => onChange('municipality', value)}
      />
      <FilterSelect
        anyLabel={t('insights.filter.any')}
        label={t('insights.filter.sector')}
        value={filters.sector}
        options={SECTORS.map((sector) => ({ value: sector, label: t(`sector.${sector}`) }))}
        onChange={(value) => onChange('sector', value)}
      />
      <FilterSelect
        anyLabel={t('insights.filter.any')}
        label={t('insights.filter.sdg')}
        value={filters.sdg}
        disabled={!sdgs}
        options={(sdgs ?? []).map((sdg) => ({
          value: String(sdg.number),
          label: t('resource.sdg', { number: sdg.number, name: nameOf(sdg.name, '') }),
        }))}
        onChange={(value) => onChange('sdg', value)}
      />
      <FilterSelect
        anyLabel={t('insights.filter.any')}
        label={t('insights.filter.technologyArea')}
        value={filters.technologyArea}
        disabled={!technologyAreas}
        options={(technologyAreas ?? []).map((area) => ({ value: area.code, label: nameOf(area.name, area.code) }))}
        onChange={(value) => onChange('technologyArea', value)}
      />
      <FilterSelect
        anyLabel={t('insights.filter.any')}
        label={t('insights.filter.knowledgeArea')}
        value={filters.knowledgeArea}
        disabled={!knowledgeAreas}
        groups={knowledgeGroups}
        onChange={(value) => onChange('knowledgeArea', value)}
      />
    </form>
  );
}
