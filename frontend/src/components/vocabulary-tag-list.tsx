import type { components } from '../lib/api/schema';
import { useI18n } from '../lib/i18n/i18n-context';
import { pickLocalized } from '../lib/i18n/localized-text';

/** An entry of a vocabulary named in Swedish and English: a technology area, a knowledge area. */
interface NamedEntry {
  code: string;
  name: components['schemas']['TechnologyArea']['name'];
}

/** Vocabulary entries as tags, named in the reader's language (or marked as another); the code when unnamed. */
export function VocabularyTagList({ entries, label }: { entries: readonly NamedEntry[]; label?: string }) {
  const { language } = useI18n();
  if (entries.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {entries.map((entry) => {
        const name = pickLocalized(entry.name, language);
        return (
          <li key={entry.code} className="tag-list__item" lang={name && name.language !== language ? name.language : undefined}>
            {name?.text ?? entry.code}
          </li>
        );
      })}
    </ul>
  );
}
