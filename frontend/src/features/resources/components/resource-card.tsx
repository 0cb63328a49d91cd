import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { isAccessCondition, type ActorHref, type ResourceSummary } from '../model';
import { resourceUrl } from '../paths';
import { OccurrenceList } from './occurrence-list';
import { ResourceStatusBadge } from './resource-status-badge';

/** One resource in a list: its title links to its page; an event shows its next dates. */
export function ResourceCard({
  resource,
  actorHref,
  headingLevel = 3,
}: {
  resource: ResourceSummary;
  actorHref: ActorHref;
  headingLevel?: 3 | 4;
}) {
  const { t, language } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const title = pickLocalized(resource.title, language);
  const summary = pickLocalized(resource.summary, language);
  const access = resource.accessCondition;
  return (
    <article className="resource-card">
      <Heading className="resource-card__title">
        <Link to={resourceUrl(resource.slug)} lang={title && title.language !== language ? title.language : undefined}>
          {title?.text ?? resource.slug}
        </Link>{' '}
        <ResourceStatusBadge status={resource.status} hiddenBecause={resource.moderation?.hiddenBecause} />
      </Heading>
      <p className="resource-card__meta">
        {t(`resourceKind.${resource.kind}`)} · <Link to={actorHref(resource.actor.slug)}>{resource.actor.name}</Link>
        {resource.municipality && <> · {resource.municipality.name}</>}
        {isAccessCondition(access) && <> · {t(`access.${access}`)}</>}
      </p>
      {summary && (
        <p className="resource-card__summary" lang={summary.language !== language ? summary.language : undefined}>
          {summary.text}
        </p>
      )}
      {resource.occurrences.length > 0 && (
        <OccurrenceList occurrences={resource.occurrences} limit={3} label={t('resource.occurrences')} />
      )}
    </article>
  );
}
