import { useEffect, useMemo } from 'react';
import { MonthCalendar, monthRange, type CalendarEntry } from '../../../components/month-calendar';
import { ErrorMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { TIME_ZONE } from '../../../lib/i18n/format';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useResources } from '../api/list-resources';
import { filtersToApiQuery, todayInStockholm, type CatalogueFilters } from '../catalogue-filters';
import type { ResourceSummary } from '../model';
import { resourceUrl } from '../paths';

/** A month holds few events; more pages than this would be a runaway, not a calendar. */
const MAX_PAGES = 10;

const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** The Swedish calendar day of an instant, YYYY-MM-DD (sv-SE writes dates that way). */
function swedishDay(instant: Date): string {
  return DAY.format(instant);
}

/**
 * The calendar's entries for the events: one per day an occurrence touches within the month,
 * its start time on the first day. An event's days are Swedish days, wherever the browser is.
 */
export function eventEntries(
  events: readonly ResourceSummary[],
  month: string,
  titleOf: (resource: ResourceSummary) => string,
): CalendarEntry[] {
  const { first, last } = monthRange(month);
  const entries: CalendarEntry[] = [];
  for (const event of events) {
    for (const occurrence of event.occurrences) {
      const start = new Date(occurrence.start);
      const startDay = swedishDay(start);
      // An occurrence ending at midnight does not touch the next day.
      const endDay = swedishDay(new Date(new Date(occurrence.end).getTime() - 1));
      for (let day = startDay < first ? first : startDay; day <= endDay && day <= last; day = nextDay(day)) {
        entries.push({
          key: `${event.id}-${occurrence.start}-${day}`,
          date: day,
          label: titleOf(event),
          href: resourceUrl(event.slug),
          ...(day === startDay ? { time: TIME.format(start) } : {}),
        });
      }
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
}

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The catalogue's events as a month: the same filters, with the dates replaced by the month's,
 * every page of the month's events fetched so no day is left half-filled.
 */
export function EventMonthView({
  filters,
  month,
  onMonthChange,
}: {
  filters: CatalogueFilters;
  month: string;
  onMonthChange: (month: string) => void;
}) {
  const { language } = useI18n();
  const { first, last } = monthRange(month);
  const query = useMemo(() => filtersToApiQuery({ ...filters, kind: 'EVENT', from: first, to: last }), [filters, first, last]);
  const events = useResources(query);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = events;
  const pageCount = events.data?.pages.length ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && pageCount < MAX_PAGES) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, pageCount, fetchNextPage]);

  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const entries = eventEntries(items, month, (resource) => pickLocalized(resource.title, language)?.text ?? resource.slug);

  return (
    <>
      {events.isError && <ErrorMessage error={events.error} onRetry={() => void events.refetch()} />}
      <MonthCalendar
        month={month}
        entries={entries}
        onMonthChange={onMonthChange}
        today={todayInStockholm()}
        busy={events.isPending || isFetchingNextPage}
      />
    </>
  );
}
