import { useI18n } from '../lib/i18n/i18n-context';

export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type TrlLevel = (typeof TRL_LEVELS)[number];

function isTrlLevel(value: number | undefined): value is TrlLevel {
  return value !== undefined && (TRL_LEVELS as readonly number[]).includes(value);
}

export interface TrlScaleProps {
  /** The lowest level the testbed or lab works at, when known. */
  min?: number;
  /** The highest level, when known. */
  max?: number;
}

/**
 * A technology readiness level (or a range of them) drawn as the scale 1–9 with the levels
 * included filled in. The scale is an ordered list: each step says in words whether it is
 * included (a single level is also aria-current), and the ends of the range are named below, so
 * nothing depends on seeing the colour. Renders nothing without a valid level.
 */
export function TrlScale({ min, max }: TrlScaleProps) {
  const { t } = useI18n();
  const low = isTrlLevel(min) ? min : undefined;
  const high = isTrlLevel(max) ? max : undefined;
  if (low === undefined && high === undefined) return null;
  const from = low ?? 1;
  const to = high ?? 9;

  let summary: string;
  if (low !== undefined && high !== undefined) {
    summary = low === high ? `TRL ${low}` : t('facility.trlRange', { min: low, max: high });
  } else if (low !== undefined) summary = t('facility.trlFrom', { min: low });
  else summary = t('facility.trlUpTo', { max: high! });

  // The named ends: the level itself, or the lowest and highest given.
  const named = [low, high].filter((level, index, all): level is TrlLevel => level !== undefined && all.indexOf(level) === index);

  return (
    <div className="trl-scale">
      <span className="trl-scale__summary">{summary}</span>
      <ol className="trl-scale__steps" aria-label={t('trl.scaleLabel')}>
        {TRL_LEVELS.map((level) => {
          const included = level >= from && level <= to;
          return (
            <li
              key={level}
              className={included ? 'trl-scale__step trl-scale__step--included' : 'trl-scale__step'}
              aria-current={included && from === to ? 'true' : undefined}
              title={t(`trl.level.${level}`)}
            >
              {level}
              {included && <span className="visually-hidden"> ({t('trl.inRange')})</span>}
            </li>
          );
        })}
      </ol>
      <ul className="trl-scale__names">
        {named.map((level) => (
          <li key={level}>{t('trl.levelName', { level, name: t(`trl.level.${level}`) })}</li>
        ))}
      </ul>
    </div>
  );
}
