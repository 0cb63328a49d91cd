import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useBoundaryCrossing } from '../api/get-boundary-crossing';
import type { BoundaryCrossingRow, HomeLinks } from '../model';
import { HomeSection, QueryState } from './home-section';

const BOUNDARIES = ['sector', 'organisation', 'place', 'knowledge', 'technology', 'tripleHelix'] as const;

/** The latest month in which any collaboration was active: the series' newest month may be empty. */
export function latestMonth(rows: readonly BoundaryCrossingRow[]): BoundaryCrossingRow | undefined {
  return rows.findLast((row) => row.collaborations > 0);
}

function monthName(month: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** The insights' boundary crossing at a glance: each boundary's share as a bar with its number in words. */
export function BoundaryHighlights({ links, yearAgo }: { links: HomeLinks; yearAgo: string }) {
  const { t, language } = useI18n();
  const crossing = useBoundaryCrossing(yearAgo);
  const percent = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  return (
    <HomeSection title={t('home.boundaries.title')} className="home-boundaries">
            <>
        <QueryState query={crossing}>
          {(rows) => {
            const latest = latestMonth(rows);
            if (!latest) return <p>{t('home.boundaries.empty')}</p>;
            return (
              <>
                <p>{t('home.boundaries.intro', { month: monthName(latest.month, language) })}</p>
                <ul className="boundary-bars">
                  {BOUNDARIES.map((boundary) => (
                    <li key={boundary} className="boundary-bar">
                      <span className="boundary-bar__name">{t(`home.boundary.${boundary}`)}</span>
                      <span className="boundary-bar__track" aria-hidden="true">
                        <span className="boundary-bar__fill" style={{ width: `${Math.round(latest[boundary] * 100)}%` }} />
                      </span>
                      <span className="boundary-bar__value">
                        {t('home.boundary.share', { share: percent.format(latest[boundary]), count: latest.collaborations })}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            );
          }}
        </QueryState>
        <p>
          <Link to={links.insights}>{t('home.boundaries.more')}</Link>
        </p>
      </>
    </HomeSection>
  );
}
