import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import type { ActorHref, CollaborationSummary } from '../model';
import { collaborationUrl } from '../paths';
import { BoundaryChips } from './boundary-profile';
import { PublicationBadge } from './publication-badge';

/** The period as dates in the reader's language: "1 mars 2026 – 31 december 2027", or "från …". */
export function usePeriod() {
  const { t, formatCalendarDate } = useI18n();
  return (startDate: string, endDate?: string) =>
    endDate
      ? `${formatCalendarDate(startDate)} – ${formatCalendarDate(endDate)}`
      : t('collab.periodFrom', { start: formatCalendarDate(startDate) });
}

/** One collaboration in a list: its title links to its page; the boundaries it crosses in one line. */
export function CollaborationCard({
  collaboration,
  actorHref,
  headingLevel = 3,
}: {
  collaboration: CollaborationSummary;
  actorHref: ActorHref;
  headingLevel?: 3 | 4;
}) {
  const { t, language } = useI18n();
  const period = usePeriod();
  const Heading = `h${headingLevel}` as const;
  const title = pickLocalized(collaboration.title, language);
  const summary = pickLocalized(collaboration.summary, language);
  return (
    <article className="resource-card collaboration-card">
      <Heading className="resource-card__title">
        <Link to={collaborationUrl(collaboration.slug)} lang={title && title.language !== language ? title.language : undefined}>
          {title?.text ?? collaboration.slug}
        </Link>{' '}
        <PublicationBadge publication={collaboration.publication} moderation={collaboration.moderation} />
      </Heading>
      <p className="resource-card__meta">
        {t(`collaborationKind.${collaboration.kind}`)} · {t(`collaborationStatus.${collaboration.status}`)} ·{' '}
        {t('collabCard.ledBy')} <Link to={actorHref(collaboration.lead.slug)}>{collaboration.lead.name}</Link>{' '}
        · {t('collabCard.participants', { count: collaboration.participantCount })} ·{' '}
        {period(collaboration.startDate, collaboration.endDate)}
      </p>
      {summary && (
        <p className="resource-card__summary" lang={summary.language !== language ? summary.language : undefined}>
          {summary.text}
        </p>
      )}
      <BoundaryChips profile={collaboration.boundaryProfile} />
    </article>
  );
}
