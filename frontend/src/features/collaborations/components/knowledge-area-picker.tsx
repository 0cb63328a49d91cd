import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import type { KnowledgeArea } from '../model';

/** How many matches are listed at once; typing more narrows them down. */
export const MAX_SHOWN = 30;

/** Lower case without diacritics, so that "datavetenskap" finds "Datavetenskap" and "etik" "Etik". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('sv');
}

/**
 * The SSIF codes that match a search, areas first, then groups, then subjects: by code prefix
 * ("102" finds group 102 and its subjects) or by a word of the name in either language. With no
 * search, the six research areas.
 */
export function matchKnowledgeAreas(areas: readonly KnowledgeArea[], query: string): KnowledgeArea[] {
  const q = fold(query.trim());
  const rank = { AREA: 0, GROUP: 1, SUBJECT: 2 } as const;
  const matches = q
    ? areas.filter(
        (area) => area.code.startsWith(q) || fold(area.name.sv ?? '').includes(q) || fold(area.name.en ?? '').includes(q),
      )
    : areas.filter((area) => area.level === 'AREA');
  return [...matches].sort((a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code));
}

interface Props {
  id: string;
  areas: readonly KnowledgeArea[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  legend: string;
  hint: string;
  error?: string | undefined;
}

/**
 * Knowledge areas from the Swedish standard classification of research subjects (SSIF 2025), at
 * any level: the chosen ones as a list with remove buttons, and a search over the 345 codes whose
 * matches are buttons that add them. Each match says its level and the area it belongs to.
 */
export function KnowledgeAreaPicker({ id, areas, chosen, onChange, legend, hint, error }: Props) {
  const { t, language } = useI18n();
  const hintId = useId();
  const errorId = useId();
  const searchId = useId();
  const searchHintId = useId();
  const chosenHeadingId = useId();
  const [query, setQuery] = useState('');
  const byCode = useMemo(() => new Map(areas.map((area) => [area.code, area])), [areas]);
  const nameOf = (code: string) => {
    const area = byCode.get(code);
    return (area && pickLocalized(area.name, language)?.text) ?? code;
  };
  const matches = matchKnowledgeAreas(areas, query).filter((area) => !chosen.includes(area.code));
  const shown = matches.slice(0, MAX_SHOWN);
  const context = (area: KnowledgeArea) => {
    const areaCode = area.code.slice(0, 1);
    return area.level === 'AREA'
      ? t(`knowledgeLevel.${area.level}`)
      : `${t(`knowledgeLevel.${area.level}`)}, ${nameOf(areaCode)}`;
  };

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'field-group field--invalid knowledge-picker' : 'field-group knowledge-picker'}
      aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
    >
      <legend>{legend}</legend>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <p id={chosenHeadingId} className="knowledge-picker__heading">
        <strong>{t('collabForm.knowledgeChosen')}</strong>
      </p>
      {chosen.length === 0 ? (
        <p className="muted">{t('collabForm.knowledgeNoneChosen')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby={chosenHeadingId}>
          {chosen.map((code) => (
            <li key={code}>
              {nameOf(code)} <span className="muted">({code})</span>{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(chosen.filter((other) => other !== code))}
              >
                {t('collabForm.knowledgeRemove', { name: nameOf(code) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={searchId}>{t('collabForm.knowledgeSearch')}</label>
        <p id={searchHintId} className="field__hint">
          {t('collabForm.knowledgeSearchHint')}
        </p>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={searchHintId}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div aria-live="polite">
        {query.trim() && <p className="muted">{t('collabForm.knowledgeMatches', { count: matches.length })}</p>}
        {query.trim() && matches.length === 0 && <p className="muted">{t('collabForm.knowledgeNone')}</p>}
      </div>
      {shown.length > 0 && (
        <ul className="plain-list knowledge-picker__matches">
          {shown.map((area) => (
            <li key={area.code}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  onChange([...chosen, area.code]);
                }}
              >
                {t('collabForm.knowledgeAdd', { name: nameOf(area.code) })}
              </button>{' '}
              <span className="muted">
                {area.code}, {context(area)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {matches.length > shown.length && <p className="muted">{t('collabForm.knowledgeMore', { shown: shown.length })}</p>}
    </fieldset>
  );
}
