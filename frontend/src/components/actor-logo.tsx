import { useState } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';

/**
 * Up to two initials of an organisation's name, for when it has no logo: the first letter of the
 * first two words that start with a letter or digit ("Umeå universitet" → "UU", "RISE" → "R").
 */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-–/&,.]+/u).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => Array.from(word)[0]!.toLocaleUpperCase('sv-SE'))
    .join('');
}

export interface ActorLogoProps {
  name: string;
  logoUrl?: string;
  /** The square's side in CSS pixels; the image is given it as width and height so nothing jumps. */
  size?: number;
}

/**
 * An actor's logo on a card or in a list: loaded lazily at a fixed size, with alt text naming
 * the actor. Without a logo, or when it fails to load, the actor's initials in a square of the
 * same size; they are hidden from screen readers, as the actor's name is always next to them.
 */
export function ActorLogo({ name, logoUrl, size = 48 }: ActorLogoProps) {
  const { t } = useI18n();
  // The URL that failed, so that a new URL (after an edit) is tried again.
  const [failedUrl, setFailedUrl] = useState<string>();
  const dimensions = { width: size, height: size };

  if (logoUrl && failedUrl !== logoUrl) {
    return (
      <img
        className="actor-logo"
        src={logoUrl}
        alt={t('actor.logo', { name })}
        loading="lazy"
        decoding="async"
        {...dimensions}
        onError={() => setFailedUrl(logoUrl)}
      />
    );
  }
  return (
    <span
      className="actor-logo actor-logo--initials"
      aria-hidden="true"
      data-testid="actor-initials"
      style={{ ...dimensions, fontSize: Math.round(size * 0.38) }}
    >
      {initialsOf(name)}
    </span>
  );
}
