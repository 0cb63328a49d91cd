import { useMemo } from 'react';
import { sdgColour } from '../../../components/sdg-colours';
import { DebouncedTextField } from '../../../components/debounced-text-field';
import { DateRangeFields, FilterSelect } from '../../../components/filter-parts';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { countiesOf, municipalitiesIn } from '../../../lib/places';
import type { DirectoryFilters, ListFilterName, SingleFilterName } from '../directory-filters';
import {
  BOUNDARIES,
  COLLABORATION_KINDS,
  COLLABORATION_STATUSES,
  MAX_SCORE,
  SECTORS,
  type CollaborationFacets,
  type CollaborationVocabularies,
} from '../model';

interface Props {
  filters: DirectoryFilters;
  /** The counts of the current results, once they have arrived. */
  facets: CollaborationFacets | undefined;
  vocabularies: CollaborationVocabularies;
  periodError: 'toBeforeFrom' | undefined;
  /** `typing` is true for the search text, whose every pause should not add a history entry. */
  onChange: (name: SingleFilterName, value: string, typing: boolean) => void;
  onToggle: (name: ListFilterName, value: string, on: boolean) => void;
}

/**
 * The directory's search box and filters; every change goes to the URL, which the list reads.
 * Each option says how many of the current results have it (the response's facets).
 */
export function DirectoryFilterForm({ filters, facets, vocabularies, periodError, onChange, onToggle }: Props) {
  const { t, language } = useI18n();
  const { municipalities, technologyAreas, sdgs, knowledgeAreas } = vocabularies;

  /** "Projekt (3)" once the counts are known; a value missing from a facet has none. */
  const counted = (label: string, facet: Record<string, number> | undefined, value: string): string =>
    facets ? t('collabDirectory.withCount', { label, count: facet?.[value] ?? 0 }) : label;
  const nameOf = (name: { sv?: string; en?: string }, fallback: string) => pickLocalized(name, language)?.text ?? fallback;

  // The score facet counts each score; "at least 3" is the sum of 3, 4 and 5.
  const atLeast = (score: number) =>
    Object.entries(facets?.score ?? {}).reduce((sum, [value, count]) => (Number(value) >= score ? sum + count : sum), 0);

  const counties = useMemo(() => countiesOf(municipalities ?? []), [municipalities]);
  // Sweden has 290 municipalities: offer those with collaborations (and the one chosen).
  const municipalityOptions = municipalitiesIn(municipalities, filters.county)
    .filter((m) => !facets || (facets.municipality[m.code] ?? 0) > 0 || m.code === filters.municipality)
    .map((m) => ({ value: m.code, label: counted(m.name, facets?.municipality, m.code) }));
  // Knowledge areas at any level: each research area (counted) with its subject groups under it,
  // and a subject when a link chose one.
  const all = knowledgeAreas ?? [];
  const knowledgeGroups = all
    .filter((area) => area.level === 'AREA')
    .map((area) => ({
      label: nameOf(area.name, area.code),
      options: [
        {
          value: area.code,
          label: counted(
            t('collabDirectory.knowledgeAreaWhole', { name: nameOf(area.name, area.code) }),
            facets?.knowledgeArea,
            area.code,
          ),
        },
        ...all
          .filter((group) => group.level === 'GROUP' && group.parentCode === area.code)
          .map((group) => ({ value: group.code, label: nameOf(group.name, group.code) })),
        ...all
          .filter((subject) => subject.level === 'SUBJECT' && subject.code === filters.knowledgeArea && subject.code.startsWith(area.code))
          .map((subject) => ({ value: subject.code, label: nameOf(subject.name, subject.code) })),
      ],
    }));

  return (
    <form role="search" aria-label={t('collabDirectory.filters')} className="filter-form" onSubmit={(event) => event.preventDefault()}>
      <DebouncedTextField label={t('collabDirectory.search')} value={filters.q} onCommit={(text) => onChange('q', text, true)} />
      <fieldset className="filter-form__checks">
        <legend>{t('collabDirectory.crosses')}</legend>
        <ul className="checkbox-grid">
          {BOUNDARIES.map((boundary) => (
            <li key={boundary}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.crosses.includes(boundary)}
                  onChange={(event) => onToggle('crosses', boundary, event.target.checked)}
                />{' '}
                {counted(t(`boundaryName.${boundary}`), facets?.crosses, boundary)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="filter-form__checks">
        <legend>{t('collabDirectory.sectors')}</legend>
        <ul className="checkbox-grid">
          {SECTORS.map((sector) => (
            <li key={sector}>
              <label>
                <input
                  type="checkbox"
                  checked={filters.sector.includes(sector)}
                  onChange={(event) => onToggle('sector', sector, event.target.checked)}
                />{' '}
                {counted(t(`sector.${sector}`), facets?.sector, sector)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FilterSelect
        anyLabel={t('collabDirectory.any')}
        label={t('collabDirectory.minScore')}
        value={filters.minScore}
        options={Array.from({ length: MAX_SCORE }, (_, index) => index + 1).map((score) => ({
          value: String(score),
          label: facets
            ? t('collabDirectory.withCount', { label: t('collabDirectory.scoreOption', { score }), count: atLeast(score) })
            : t('collabDirectory.scoreOption', { score }),
        }))}
        onChange={(value) => onChange('minScore', value, false)}
      />
      <FilterSelect
        anyLabel={t('collabDirectory.any')}
        label={t('collabDirectory.kind')}
        value={filters.kind}
        options={COLLABORATION_KINDS.map((kind) => ({ value: kind, label: counted(t(`collaborationKind.${kind}`), facets?.kind, kind) }))}
        onChange={(value) => onChange('kind', value, false)}
      />
      <FilterSelect
        anyLabel={t('collabDirectory.any')}
        label={t('collabDirectory.status')}
        value={filters.status}
        options={COLLABORATION_STATUSES.map((status) => ({
          value: status,
          label: counted(t(`collaborationStatus.${status}`), facets?.status, status),
        }))}
        onChange={(value) => onChange('status', value, false)}
      />
      <FilterSelect
        anyLabel={t('collabDirectory.any')}
        label={t('collabDirectory.knowledgeArea')}
        value={filters.knowledgeArea}
        disabled={!knowledgeAreas}
        groups={knowledgeGroups}
        onChange={(value) => onChange('knowledgeArea', value, false)}
      />
      <FilterSelect
        anyLabel={t('collabDirectory.any')}
        label={t('collabDirectory.technologyArea')}
        value={filters.technologyArea}
        disabled={!technologyAreas}
        options={(technologyAreas ?? []).map((area) => ({
          value: area.code,
          label: counted(nameOf(area.name, area.code), facets?.technologyArea, area.code),
        }))}
        onChange={(value) => onChange('technologyArea', value, false)}
      />
      <FilterSelect
        anyLabel={t('collabDirectory.any')}
        label={t('collabDirectory.sdg')}
        value={filters.sdg}
        accent={filters.sdg ? sdgColour(Number(filters.sdg)) : undefined}
        disabled={!sdgs}
        options={(sdgs ?? []).map((sdg) => ({
          value: String(sdg.number),
          label: counted(
            t('resource.sdg', { number: sdg.number, name: nameOf(sdg.name, '') }),
            facets?.sdg,
            String(sdg.number),
          ),
        }))}
        onChange={(value) => onChange('sdg', value, false)}
      />
      <FilterSelect
        anyLabel={t('collabDirectory.any')}
        label={t('collabDirectory.county')}
        value={filters.county}
        disabled={!municipalities}
        options={counties.map((county) => ({ value: county.code, label: counted(county.name, facets?.county, county.code) }))}
        onChange={(value) => onChange('county', value, false)}
      />
      <FilterSelect
        anyLabel={t('collabDirectory.any')}
        label={t('collabDirectory.municipality')}
        value={filters.municipality}
        disabled={!municipalities}
        options={municipalityOptions}
        onChange={(value) => onChange('municipality', value, false)}
      />
      <DateRangeFields
        legend={t('collabDirectory.period')}
        hint={t('collabDirectory.periodHint')}
        error={periodError && t(`collabDirectory.${periodError}`)}
        fromLabel={t('collabDirectory.from')}
        toLabel={t('collabDirectory.to')}
        from={filters.from}
        to={filters.to}
        onChange={(name, value) => onChange(name, value, false)}
      />
    </form>
  );
}
