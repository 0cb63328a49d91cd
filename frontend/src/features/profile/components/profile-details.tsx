import { useI18n } from '../../../lib/i18n/i18n-context';
import type { Me } from '../../../lib/auth/use-me';

export function ProfileDetails({ me, fetchedAt }: { me: Me; fetchedAt: number }) {
  const { t, formatDateTime } = useI18n();
  const missing = <span className="muted">{t('profile.missing')}</span>;

  return (
    <>
      <dl className="details">
        <dt>{t('profile.name')}</dt>
        <dd>{me.name || missing}</dd>
        <dt>{t('profile.email')}</dt>
        <dd>{me.email || missing}</dd>
        <dt>{t('profile.subject')}</dt>
        <dd>
          <code>{me.subject}</code>
        </dd>
        <dt>{t('profile.roles')}</dt>
        <dd>
          {me.roles.length > 0 ? (
            <ul className="role-list">
              {me.roles.map((role) => (
                <li key={role} className="role-list__item">
                  {role}
                </li>
              ))}
            </ul>
          ) : (
            t('profile.noRoles')
          )}
        </dd>
      </dl>
      <p className="muted">{t('profile.fetchedAt', { time: formatDateTime(fetchedAt) })}</p>
    </>
  );
}
