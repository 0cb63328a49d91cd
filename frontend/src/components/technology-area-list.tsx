import type { components } from '../lib/api/schema';
import { useI18n } from '../lib/i18n/i18n-context';
import { pickLocalized } from '../lib/i18n/localized-text';

type TechnologyArea = components['schemas']['TechnologyArea'];

/** Technology areas as tags, named in the reader's language (or marked as another). */
export function TechnologyAreaList({ areas, label }: { areas: readonly TechnologyArea[]; label?: string }) {
  const { language } = useI18n();
  if (areas.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {areas.map((area) => {
        const name = pickLocalized(area.name, language);
        return (
          <li key={area.code} className="tag-list__item" lang={name && name.language !== language ? name.language : undefined}>
            {name?.text ?? area.code}
          </li>
        );
      })}
    </ul>
  );
}
