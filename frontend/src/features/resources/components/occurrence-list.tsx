import { useI18n } from '../../../lib/i18n/i18n-context';
import type { Occurrence } from '../model';

/**
 * When an event happens, each date in Swedish time whatever the offset the API wrote it with
 * (the API sends offsets; a browser elsewhere would otherwise show its own clock).
 */
export function OccurrenceList({
  occurrences,
  allDay = false,
  limit,
  label,
}: {
  occurrences: readonly Occurrence[];
  allDay?: boolean;
  /** Shows this many and says how many more there are. */
  limit?: number;
  label?: string;
}) {
  const { t, formatOccurrence } = useI18n();
  const shown = limit === undefined ? occurrences : occurrences.slice(0, limit);
  const more = occurrences.length - shown.length;
  return (
    <ul className="occurrence-list" aria-label={label}>
      {shown.map((occurrence) => (
        <li key={occurrence.start}>
          <time dateTime={occurrence.start}>
            {formatOccurrence(new Date(occurrence.start), new Date(occurrence.end), { allDay })}
          </time>
        </li>
      ))}
      {more > 0 && (
        <li className="muted">{more === 1 ? t('resource.moreOccurrence') : t('resource.moreOccurrences', { count: more })}</li>
      )}
    </ul>
  );
}
