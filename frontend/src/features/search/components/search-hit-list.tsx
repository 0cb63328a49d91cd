import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { isMessageKey } from '../../../lib/i18n/messages';
import type { HitHref, SearchHit } from '../model';

/** "Aktör · Företag", "Testbädd": what a hit is, in the reader's language. */
function useKindLabel() {
  const { t } = useI18n();
  return (hit: SearchHit): string => {
    if (hit.type === 'ACTOR') {
      const key = `actorKind.${hit.kind}`;
      return isMessageKey(key) ? `${t('search.typeActor')} · ${t(key)}` : t('search.typeActor');
    }
    const key = `resourceKind.${hit.kind}`;
    return isMessageKey(key) ? t(key) : t('search.typeResource');
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
  onNavigate?(): void;
}) {
  const { language } = useI18n();
  const kindLabel = useKindLabel();
  return (
    <ul className="search-hits" aria-label={label}>
      {hits.map((hit) => {
        const title = pickLocalized(hit.title, language);
        return (
          <li key={`${hit.type}-${hit.id}`} className="search-hit">
            <Link
              to={hrefOf(hit)}
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
                // The snippet is the only HTML here: the server escapes the whole text
                // (din_html_escape) before PostgreSQL's ts_headline wraps the matches in <mark>,
                // so <mark> and </mark> are the only tags it can contain. Every other field is text.
                dangerouslySetInnerHTML={{ __html: hit.snippet }}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
