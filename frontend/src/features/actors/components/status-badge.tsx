import { useI18n } from '../../../lib/i18n/i18n-context';
import type { ActorStatus } from '../model';

/** Marks an actor that is not (or not yet) in the public directory; active ones need no badge. */
export function StatusBadge({ status }: { status: ActorStatus }) {
  const { t } = useI18n();
  if (status === 'ACTIVE') return null;
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(`actorStatus.${status}`)}</span>;
}
