import { useId, useMemo } from 'react';
import { DebouncedTextField } from '../../../components/debounced-text-field';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { countiesOf } from '../../../lib/places';
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
  onChange(name: SingleFilterName, value: string, typing: boolean): void;
  onToggle(name: ListFilterName, value: string, on: boolean): void;
}

interface Option {
  value: string;
  label: string;
}

function FilterSelect({
  label,
  value,
  options,
  groups,
  disabled,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options?: readonly Option[];
  groups?: readonly { label: string; options: readonly Option[] }[];
  disabled?: boolean;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('collabDirectory.any')}</option>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/**
 * The directory's search box and filters; every change goes to the URL, which the list reads.
 * Each option says how many of the current results have it (the response's facets).
 */
export function DirectoryFilterForm({ filters, facets, vocabularies, periodError, onChange, onToggle }: Props) {
  const { t, language } = useI18n();
  const periodHintId = useId();
  const periodErrorId = useId();
  const fromId = useId();
  const toId = useId();
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
  const municipalityOptions = (municipalities ?? [])
    .filter((m) => !filters.county || m.countyCode === filters.county)
    .filter((m) => !facets || (facets.municipality[m.code] ?? 0) > 0 || m.code === filters.municipality)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
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
        label={t('collabDirectory.kind')}
        value={filters.kind}
        options={COLLABORATION_KINDS.map((kind) => ({ value: kind, label: counted(t(`collaborationKind.${kind}`), facets?.kind, kind) }))}
        onChange={(value) => onChange('kind', value, false)}
      />
      <FilterSelect
        label={t('collabDirectory.status')}
        value={filters.status}
        options={COLLABORATION_STATUSES.map((status) => ({
          value: status,
          label: counted(t(`collaborationStatus.${status}`), facets?.status, status),
        }))}
        onChange={(value) => onChange('status', value, false)}
      />
      <FilterSelect
        label={t('collabDirectory.knowledgeArea')}
        value={filters.knowledgeArea}
        disabled={!knowledgeAreas}
        groups={knowledgeGroups}
        onChange={(value) => onChange('knowledgeArea', value, false)}
      />
      <FilterSelect
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
        label={t('collabDirectory.sdg')}
        value={filters.sdg}
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
        label={t('collabDirectory.county')}
        value={filters.county}
        disabled={!municipalities}
        options={counties.map((county) => ({ value: county.code, label: counted(county.name, facets?.county, county.code) }))}
        onChange={(value) => onChange('county', value, false)}
      />
      <FilterSelect
        label={t('collabDirectory.municipality')}
        value={filters.municipality}
        disabled={!municipalities}
        options={municipalityOptions}
        onChange={(value) => onChange('municipality', value, false)}
      />
      <fieldset className="filter-form__dates" aria-describedby={periodHintId}>
        <legend>{t('collabDirectory.period')}</legend>
        <p id={periodHintId} className="field__hint">
          {t('collabDirectory.periodHint')}
        </p>
        {periodError && (
          <p id={periodErrorId} className="field__error">
            {t(`collabDirectory.${periodError}`)}
          </p>
        )}
        <div className="field-row">
          <div className="field">
            <label htmlFor={fromId}>{t('collabDirectory.from')}</label>
            <input id={fromId} type="date" value={filters.from ?? ''} onChange={(event) => onChange('from', event.target.value, false)} />
          </div>
          <div className={periodError ? 'field field--invalid' : 'field'}>
            <label htmlFor={toId}>{t('collabDirectory.to')}</label>
            <input
              id={toId}
              type="date"
              value={filters.to ?? ''}
              min={filters.from}
              aria-invalid={periodError ? true : undefined}
              aria-describedby={periodError ? periodErrorId : undefined}
              onChange={(event) => onChange('to', event.target.value, false)}
            />
          </div>
        </div>
      </fieldset>
    </form>
  );
}
