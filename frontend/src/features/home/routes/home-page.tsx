import { useState, type ReactNode } from 'react';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { ActorsMap } from '../components/actors-map';
import { BoundaryHighlights } from '../components/boundary-highlights';
import { HomeHero } from '../components/home-hero';
import { HomeSection } from '../components/home-section';
import { LiveFigures } from '../components/live-figures';
import { OfferGrid } from '../components/offer-grid';
import { Testbeds } from '../components/testbeds';
import { UpcomingEvents } from '../components/upcoming-events';
import { aYearAgo, today } from '../dates';
import type { HomeLinks } from '../model';
import '../home.css';

/**
 * The front door: what the platform offers, the region in live figures, the next events, a few
 * testbeds, the boundaries crossed, the map and the goals, and one call to join. Every section
 * asks for its own data and shows its own loading and error, so one failing figure leaves the
 * rest of the page. The goals come from the vocabularies feature through the app (`goals`).
 */
export function HomePage({ links, goals }: { links: HomeLinks; goals: ReactNode }) {
  const { t } = useI18n();
  useDocumentTitle();
  // Fixed for the visit, so the queries' keys do not change under a page left open past midnight.
  const [dates] = useState(() => ({ today: today(), yearAgo: aYearAgo() }));
  return (
    <div className="home">
      <HomeHero links={links} />
      <OfferGrid links={links} />
      <LiveFigures links={links} today={dates.today} yearAgo={dates.yearAgo} />
      <div className="home-columns">
        <UpcomingEvents links={links} today={dates.today} />
        <Testbeds links={links} />
      </div>
      <BoundaryHighlights links={links} yearAgo={dates.yearAgo} />
      <ActorsMap links={links} />
      <HomeSection title={t('sdgs.title')} className="home-goals">
        <p>{t('home.vision')}</p>
        <p>{t('sdgs.intro')}</p>
        {goals}
      </HomeSection>
    </div>
  );
}
