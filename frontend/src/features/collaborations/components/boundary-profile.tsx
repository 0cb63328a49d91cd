import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { BOUNDARIES, MAX_SCORE, type BoundaryProfile } from '../model';
import { boundaryViews } from '../profile';

/** Five segments, as many filled as boundaries crossed: decoration beside the score in words. */
function ScoreMeter({ score }: { score: number }) {
  return (
    <span className="score-meter" aria-hidden="true">
      {Array.from({ length: MAX_SCORE }, (_, index) => (
        <span key={index} className={index < score ? 'score-meter__step score-meter__step--on' : 'score-meter__step'} />
      ))}
    </span>
  );
}

/**
 * The boundary profile at a glance: the score, and the five boundaries as tiles, each visibly
 * crossed (filled, with a tick) or not (outlined, with a dash), naming what it spans. Every tile
 * says "crossed" or "not crossed" in words too, so the list is its own text alternative.
 */
export function BoundaryProfileView({ profile, headingLevel = 2 }: { profile: BoundaryProfile; headingLevel?: 2 | 3 }) {
  const { t, language } = useI18n();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const TileHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const views = boundaryViews(profile, t, language);
  return (
    <section aria-labelledby={headingId} className="boundary-profile">
      <div className="boundary-profile__header">
        <Heading id={headingId}>{t('boundary.heading')}</Heading>
        <p className="boundary-profile__score">
          <ScoreMeter score={profile.score} />{' '}
          <strong>{t('boundary.score', { score: profile.score, max: MAX_SCORE })}</strong>
        </p>
      </div>
      <ul className="boundary-profile__tiles">
        {views.map((view) => (
          <li
            key={view.boundary}
            className={view.crossed ? 'boundary-tile boundary-tile--crossed' : 'boundary-tile'}
            data-boundary={view.boundary}
          >
            <span className="boundary-tile__mark" aria-hidden="true">
              {view.crossed ? '✓' : '–'}
            </span>
            <TileHeading className="boundary-tile__name">{t(`boundaryName.${view.boundary}`)}</TileHeading>
            <p className="boundary-tile__state">{view.crossed ? t('boundary.crossed') : t('boundary.notCrossed')}</p>
            <ul className="boundary-tile__facts">
              {view.facts.map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="muted boundary-profile__hint">{t('boundary.hint')}</p>
    </section>
  );
}

/** The five boundaries in one line, for lists: each chip filled when crossed, and saying so in words. */
export function BoundaryChips({ profile }: { profile: BoundaryProfile }) {
  const { t } = useI18n();
  const crossed = new Set(profile.crossed);
  return (
    <p className="boundary-chips">
      <span className="boundary-chips__score">{t('boundary.scoreShort', { score: profile.score, max: MAX_SCORE })}</span>{' '}
      <span className="visually-hidden">{t('boundary.chipsLabel')}</span>
      {BOUNDARIES.map((boundary) => (
        <span key={boundary} className={crossed.has(boundary) ? 'boundary-chip boundary-chip--crossed' : 'boundary-chip'}>
          <span aria-hidden="true">{crossed.has(boundary) ? '✓ ' : ''}</span>
          {t(`boundaryName.${boundary}`)}
          <span className="visually-hidden">
            {': '}
            {crossed.has(boundary) ? t('boundary.crossed') : t('boundary.notCrossed')}
          </span>{' '}
        </span>
      ))}
    </p>
  );
}
