import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { ActorSummary } from '../model';
import { actorUrl } from '../paths';
import { StatusBadge } from './status-badge';
import { ActorLogo } from '../../../components/actor-logo';
import { VocabularyTagList } from '../../../components/vocabulary-tag-list';

/** One actor in a list: its logo (or initials), and its name linking to its page. */
export function ActorCard({ actor, headingLevel = 3 }: { actor: ActorSummary; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="actor-card">
      <ActorLogo name={actor.name} logoUrl={actor.logoUrl} />
      <div className="actor-card__body">
        <Heading className="actor-card__name">
          <Link to={actorUrl(actor.slug)}>{actor.name}</Link> <StatusBadge status={actor.status} />
        </Heading>
        <p className="actor-card__meta">
          {t(`actorKind.${actor.kind}`)} · {t(`sector.${actor.sector}`)}
          {actor.municipality && <> · {actor.municipality.name}</>}
        </p>
        <VocabularyTagList entries={actor.technologyAreas} label={t('actor.technologyAreas')} />
      </div>
    </article>
  );
}
