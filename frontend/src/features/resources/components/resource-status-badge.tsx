import { useI18n } from '../../../lib/i18n/i18n-context';
import type { ResourceStatus } from '../model';

/** Marks a draft or an archived resource; published ones need no badge. */
export function ResourceStatusBadge({ status }: { status: ResourceStatus }) {
  const { t } = useI18n();
  if (status === 'PUBLISHED') return null;
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(`resourceStatus.${status}`)}</span>;
}
