import type { ReactNode } from 'react';
import { useAuth } from '../lib/auth/auth-context';
import { useI18n } from '../lib/i18n/i18n-context';
import { LoadingMessage } from './query-status';

/** A sentence and a login button, for pages and parts of pages that need a session. */
export function LoginOffer({ message }: { message: string }) {
  const { t, language } = useI18n();
  const { login } = useAuth();
  return (
    <div className="login-offer">
      <p>{message}</p>
      <button type="button" className="button" onClick={() => void login({ locale: language })}>
        {t('auth.login')}
      </button>
    </div>
  );
}

/** Shows its children only with a session; otherwise says why and offers to log in. */
export function SessionGate({ message, children }: { message: string; children: ReactNode }) {
  const { t } = useI18n();
  const { status } = useAuth();
  if (status === 'loading') return <LoadingMessage label={t('auth.checking')} />;
  if (status === 'unavailable') return <LoginOffer message={t('auth.unavailable')} />;
  if (status === 'anonymous') return <LoginOffer message={message} />;
  return children;
}
