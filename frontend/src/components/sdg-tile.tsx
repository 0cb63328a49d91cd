import { useI18n } from '../lib/i18n/i18n-context';
import type { Language } from '../lib/i18n/languages';
import { pickLocalized, type LocalizedText } from '../lib/i18n/localized-text';
import { sdgColour, textColourOn } from './sdg-colours';

export interface SdgTileProps {
  number: number;
  /** The goal's name in the reader's language, or in another one (then give nameLanguage). */
  name?: string;
  /** The language of name when it is not the page's (a Swedish name on an English page). */
  nameLanguage?: string;
  /** Small tiles sit in lists of tags (resource and collaboration pages); large ones on the home page. */
  size?: 'small' | 'large';
}

/**
 * One of Agenda 2030's goals as a tile in the goal's official colour with its number and name.
 * The colour only repeats what the text says (WCAG 1.4.1), and the text colour is picked per goal
 * so that it meets AA contrast on that colour.
 */
export function SdgTile({ number, name, nameLanguage, size = 'small' }: SdgTileProps) {
  const { t } = useI18n();
  const background = sdgColour(number);
  return (
    <span
      className={`sdg-tile sdg-tile--${size}`}
      style={{ backgroundColor: background, color: textColourOn(background) }}
      data-goal={number}
    >
      <span className="sdg-tile__number">{t('sdgs.goal', { number })}</span>
      {name && (
        // The separator is for screen readers and copied text; the tile's layout separates visually.
        <span className="visually-hidden">: </span>
      )}
      {name && (
        <span className="sdg-tile__name" lang={nameLanguage}>
          {name}
        </span>
      )}
    </span>
  );
}

export interface SdgTileListProps {
  goals: readonly { number: number; name?: string; nameLanguage?: string }[];
  size?: 'small' | 'large';
  /** An accessible name for the list when no visible heading labels it. */
  label?: string;
}

/** Goals as a list of tiles, in the order given. */
export function SdgTileList({ goals, size = 'small', label }: SdgTileListProps) {
  return (
    <ul className={`sdg-tiles sdg-tiles--${size}`} aria-label={label}>
      {goals.map((goal) => (
        <li key={goal.number}>
          <SdgTile number={goal.number} name={goal.name} nameLanguage={goal.nameLanguage} size={size} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The goals a resource or collaboration names (numbers), with their names from the SDG vocabulary
 * in the reader's language; a goal the vocabulary does not know (or not loaded yet) shows its
 * number only.
 */
export function sdgGoals(
  numbers: readonly number[],
  vocabulary: readonly { number: number; name: LocalizedText }[] | undefined,
  language: Language,
): SdgTileListProps['goals'] {
  return numbers.map((number) => {
    const name = pickLocalized(vocabulary?.find((sdg) => sdg.number === number)?.name, language);
    return {
      number,
      name: name?.text,
      nameLanguage: name && name.language !== language ? name.language : undefined,
    };
  });
}
