import { useI18n } from '../../../lib/i18n/i18n-context';
import type { ResourceStatus } from '../model';
import type { HiddenReason } from '../moderation';

/**
 * Marks a draft or an archived resource, and (for the publisher's people and moderators, who get
 * `hiddenBecause`) one taken down or hidden with its organisation; public published ones need no badge.
 */
export function ResourceStatusBadge({ status, hiddenBecause = [] }: { status: ResourceStatus; hiddenBecause?: readonly HiddenReason[] }) {
  const { t } = useI18n();
  const takenDown = hiddenBecause.includes('TAKEN_DOWN');
  const hiddenWithOrganisation = hiddenBecause.some((reason) => reason === 'PUBLISHER_SUSPENDED' || reason === 'PUBLISHER_PENDING');
  return (
    <>
      {status !== 'PUBLISHED' && <span className={`badge badge--${status.toLowerCase()}`}>{t(`resourceStatus.${status}`)}</span>}
      {takenDown && <span className="badge badge--taken-down">{t('takedown.badge')}</span>}
      {!takenDown && status === 'PUBLISHED' && hiddenWithOrganisation && (
        <span className="badge badge--hidden">{t('resource.hiddenBadge')}</span>
      )}
    </>
  );
}
