import { useI18n } from '../../../lib/i18n/i18n-context';
import { useMyInvitations } from '../api/get-my-invitations';

/**
 * How many invitations wait for the signed-in person's answer (to collaborations and to
 * co-organise resources, over every actor they own), as a badge beside a menu link; nothing when none.
 */
export function InvitationsCount() {
  const { t } = useI18n();
  const invitations = useMyInvitations();
  const total = invitations.data?.total ?? 0;
  if (total === 0) return null;
  return (
    <>
      {' '}
      <span className="nav-count" aria-hidden="true">
        {total}
      </span>
      <span className="visually-hidden">{t('nav.invitations', { count: total })}</span>
    </>
  );
}
