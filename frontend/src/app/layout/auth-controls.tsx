import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../lib/auth/auth-context';
import { useI18n } from '../../lib/i18n/i18n-context';

export function AuthControls() {
  const { t, language } = useI18n();
  const { status, login, logout } = useAuth();
  const queryClient = useQueryClient();

  if (status === 'loading') {
    return (
      <span role="status" className="status status--small">
        {t('auth.checking')}
      </span>
    );
  }
  if (status === 'authenticated') {
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          // Nothing of this user's should outlive the session in memory.
          queryClient.clear();
          void logout();
        }}
      >
        {t('auth.logout')}
      </button>
    );
  }
  return (
    <button type="button" className="button" onClick={() => void login({ locale: language })}>
      {t('auth.login')}
    </button>
  );
}
