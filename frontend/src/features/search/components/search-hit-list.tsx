import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { isMessageKey } from '../../../lib/i18n/messages';
import type { HitHref, SearchHit } from '../model';

/**
 * "Aktör · Företag", "Testbädd", "Samverkan · Projekt": what a hit is, in the reader's language,
 * with the kind named as the actor, resource and collaboration pages name it.
 */
function useKindLabel() {
  const { t } = useI18n();
  const withKind = (type: string, key: string) => (isMessageKey(key) ? `${type} · ${t(key)}` : type);
  return (hit: SearchHit): string => {
    switch (hit.type) {
      case 'ACTOR':
        return withKind(t('search.typeActor'), `actorKind.${hit.kind}`);
      case 'COLLABORATION':
        return withKind(t('search.typeCollaboration'), `collaborationKind.${hit.kind}`);
      default: {
        // A resource's kind says enough on its own ("Testbädd").
        const key = `resourceKind.${hit.kind}`;
        return isMessageKey(key) ? t(key) : t('search.typeResource');
      }
    }
  };
}

/** Search hits: each title links to its page, with the matching words of its text marked. */
export function SearchHitList({
  hits,
  hrefOf,
  label,
  onNavigate,
}: {
  hits: readonly SearchHit[];
  hrefOf: HitHref;
  label?: string;
  onNavigate?: () => void;
}) {
  const { language } = useI18n();
  const kindLabel = useKindLabel();
  return (
    <ul className="search-hits" aria-label={label}>
      {hits.map((hit) => {
        const href = hrefOf(hit);
        if (href === undefined) return null;
        const title = pickLocalized(hit.title, language);
        return (
          <li key={`${hit.type}-${hit.id}`} className="search-hit">
            <Link
              to={href}
              className="search-hit__title"
              lang={title && title.language !== language ? title.language : undefined}
              onClick={onNavigate}
            >
              {title?.text ?? hit.slug}
            </Link>{' '}
            <span className="search-hit__kind">{kindLabel(hit)}</span>
            {hit.snippet && (
              <p
                className="search-hit__snippet"
                // The snippet is the only HTML here: the API escapes the whole text before it puts
                // <mark> around the matches (the engine's highlighter with HTML encoding, or its own
                // escaping), so <mark> and </mark> are the only tags it can contain. Every other
                // field is text.
                dangerouslySetInnerHTML={{ __html: hit.snippet }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
