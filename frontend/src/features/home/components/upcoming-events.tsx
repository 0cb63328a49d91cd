import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useUpcomingEvents } from '../api/list-upcoming-events';
import type { HomeLinks, ResourceSummary } from '../model';
import { HomeSection, QueryState } from './home-section';

function EventItem({ event, links }: { event: ResourceSummary; links: HomeLinks }) {
  const { language, formatOccurrence } = useI18n();
  const title = pickLocalized(event.title, language);
  // The API sends the occurrences from the asked date on, soonest first: the first is the next.
  const next = event.occurrences.at(0);
  return (
    <li className="home-event">
      {next && (
        <time className="home-event__when" dateTime={next.start}>
          {formatOccurrence(new Date(next.start), new Date(next.end))}
        </time>
      )}
      <h3 className="home-event__title">
        <Link to={links.resource(event.slug)} lang={title && title.language !== language ? title.language : undefined}>
          {title?.text ?? event.slug}
        </Link>
      </h3>
      <p className="home-event__by">
        <Link to={links.actor(event.actor.slug)}>{event.actor.name}</Link>
      </p>
    </li>
  );
}

/** The next few events, soonest first, and a link to the rest. */
export function UpcomingEvents({ links, today }: { links: HomeLinks; today: string }) {
  const { t } = useI18n();
  const events = useUpcomingEvents(today);
  return (
    <HomeSection title={t('home.events.title')} className="home-events">
            <>
        <QueryState query={events}>
          {(page) =>
            page.items.length === 0 ? (
              <p>{t('home.events.empty')}</p>
            ) : (
              <ul className="home-event-list">
                {page.items.map((event) => (
                  <EventItem key={event.id} event={event} links={links} />
                ))}
              </ul>
            )
          }
        </QueryState>
        <p>
          <Link to={links.events}>{t('home.events.all')}</Link>
        </p>
      </>
    </HomeSection>
  );
}
