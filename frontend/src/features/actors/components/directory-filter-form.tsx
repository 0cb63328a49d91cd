import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { countiesOf } from '../../../lib/places';
import type { DirectoryFilters, FilterName } from '../directory-filters';
import { ACTOR_KINDS, SECTOR_OF_KIND, SECTORS, type ActorVocabularies } from '../model';

/** How long typing must pause before the search runs (and the URL changes). */
export const SEARCH_DEBOUNCE_MS = 300;

interface Props {
  filters: DirectoryFilters;
  vocabularies: ActorVocabularies;
  /** `typing` is true for the search text, whose every pause should not add a history entry. */
  onChange(name: FilterName, value: string, typing: boolean): void;
}

function SearchField({ value, onSearch }: { value: string; onSearch(text: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(value);
  const lastSent = useRef(value);

  // Back, Forward or "clear" change the URL under the field: show what the URL says then.
  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setText(value);
    }
  }, [value]);

  // Not a dependency: a new callback from a re-render must not restart the pause.
  const search = useEffectEvent((query: string) => onSearch(query));
  useEffect(() => {
    if (text === lastSent.current) return;
    const timer = setTimeout(() => {
      lastSent.current = text;
      search(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className="field field--search">
      <label htmlFor={id}>{t('directory.search')}</label>
      <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} />
    </div>
  );
}

function FilterSelect({
  label,
  value,
  options,
  disabled,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  disabled?: boolean;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('directory.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The search box and the filters; every change goes to the URL, which the list reads. */
export function DirectoryFilterForm({ filters, vocabularies, onChange }: Props) {
  const { t, language } = useI18n();
  const { municipalities, technologyAreas } = vocabularies;

  const counties = useMemo(() => countiesOf(municipalities ?? []), [municipalities]);
  const municipalityOptions = useMemo(
    () =>
      (municipalities ?? [])
        .filter((municipality) => !filters.county || municipality.countyCode === filters.county)
        .map((municipality) => ({ value: municipality.code, label: municipality.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
    [municipalities, filters.county],
  );
  const kinds = ACTOR_KINDS.filter((kind) => !filters.sector || SECTOR_OF_KIND[kind] === filters.sector);

  return (
    <form role="search" aria-label={t('directory.filters')} className="filter-form" onSubmit={(event) => event.preventDefault()}>
      <SearchField value={filters.q} onSearch={(text) => onChange('q', text, true)} />
      <FilterSelect
        label={t('directory.sector')}
        value={filters.sector}
        options={SECTORS.map((sector) => ({ value: sector, label: t(`sector.${sector}`) }))}
        onChange={(value) => onChange('sector', value, false)}
      />
      <FilterSelect
        label={t('directory.kind')}
        value={filters.kind}
        options={kinds.map((kind) => ({ value: kind, label: t(`actorKind.${kind}`) }))}
        onChange={(value) => onChange('kind', value, false)}
      />
      <FilterSelect
        label={t('directory.county')}
        value={filters.county}
        disabled={!municipalities}
        options={counties.map((county) => ({ value: county.code, label: county.name }))}
        onChange={(value) => onChange('county', value, false)}
      />
      <FilterSelect
        label={t('directory.municipality')}
        value={filters.municipality}
        disabled={!municipalities}
        options={municipalityOptions}
        onChange={(value) => onChange('municipality', value, false)}
      />
      <FilterSelect
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
