import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useActorsBySector } from '../api/get-actors-by-sector';
import { useBoundaryScores } from '../api/get-boundary-scores';
import { useTestbeds } from '../api/list-testbeds';
import { useUpcomingEvents } from '../api/list-upcoming-events';
import { SECTORS, type HomeLinks } from '../model';
import { HomeSection } from './home-section';

/** A collaboration "crosses boundaries" on the home page when it crosses at least this many of the five. */
export const CROSSING_THRESHOLD = 2;

interface FigureQuery<T> {
  isPending: boolean;
  isError: boolean;
  data: T | undefined;
  refetch: () => unknown;
}

/**
 * One live figure: the number, what it counts and where to see them. Each asks on its own, so a
 * figure that fails says so in its place with a retry, and the others still show.
 */
function Figure<T>({
  query,
  value,
  label,
  href,
  children,
}: {
  query: FigureQuery<T>;
  value: (data: T) => number;
  label: string;
  href: string;
  children?: (data: T) => ReactNode;
}) {
  const { t, language } = useI18n();
  const format = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB');
  let body: ReactNode;
  let more: ReactNode = null;
  if (query.isPending) {
    body = (
      <p className="home-figure__value home-figure__value--pending" role="status">
        <span aria-hidden="true">…</span>
        <span className="visually-hidden">{t('app.loading')}</span>
      </p>
    );
  } else if (query.isError || query.data === undefined) {
    body = (
      <div role="alert" className="home-figure__error">
        <p>{t('home.figures.failed')}</p>
        <button type="button" className="button button--secondary button--small" onClick={() => void query.refetch()}>
          {t('error.retry')}
        </button>
      </div>
    );
  } else {
    const data = query.data;
    body = <p className="home-figure__value">{format.format(value(data))}</p>;
    more = children?.(data);
  }
  return (
    <li className="home-figure">
      {body}
      <p className="home-figure__label">
        <Link to={href}>{label}</Link>
      </p>
      {more}
    </li>
  );
}

/** The actors' count split by sector, as a short list under the total. */
function SectorSplit({ rows }: { rows: { sector: (typeof SECTORS)[number]; actors: number }[] }) {
  const { t } = useI18n();
  return (
    <ul className="home-figure__split" aria-label={t('home.figures.actorsBySector')}>
      {SECTORS.map((sector) => (
        <li key={sector}>
          {t('home.figures.sectorCount', {
            sector: t(`sector.${sector}`),
            count: rows.find((row) => row.sector === sector)?.actors ?? 0,
          })}
        </li>
      ))}
    </ul>
  );
}

/** The region in figures: actors by sector, upcoming events, testbeds on offer, collaborations crossing boundaries. */
export function LiveFigures({ links, today, yearAgo }: { links: HomeLinks; today: string; yearAgo: string }) {
  const { t } = useI18n();
  const sectors = useActorsBySector();
  const events = useUpcomingEvents(today);
  const testbeds = useTestbeds();
  const scores = useBoundaryScores(yearAgo);
  return (
    <HomeSection title={t('home.figures.title')} className="home-figures">
            <ul className="home-figure-list">
        <Figure
          query={sectors}
          value={(rows) => rows.reduce((sum, row) => sum + row.actors, 0)}
          label={t('home.figures.actors')}
          href={links.actors}
        >
          {(rows) => <SectorSplit rows={rows} />}
        </Figure>
        <Figure query={events} value={(page) => page.facets.kind.EVENT ?? 0} label={t('home.figures.events')} href={links.events} />
        <Figure
          query={testbeds}
          value={(page) => page.facets.kind.TESTBED ?? 0}
          label={t('home.figures.testbeds')}
          href={links.testbeds}
        />
        <Figure
          query={scores}
          value={(rows) => rows.filter((row) => row.score >= CROSSING_THRESHOLD).reduce((sum, row) => sum + row.collaborations, 0)}
          label={t('home.figures.crossing')}
          href={links.collaborations}
        >
          {() => <p className="home-figure__hint">{t('home.figures.crossingHint')}</p>}
        </Figure>
      </ul>
    </HomeSection>
  );
}
