import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiError } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useMe } from '../../../lib/auth/use-me';
import { MyDataSection } from '../components/my-data-section';
import type { EraseMyAccountProps } from '../components/erase-my-account';
import { ProfileDetails } from '../components/profile-details';

function LoginOffer({ messageKey }: { messageKey: 'profile.loginRequired' | 'auth.unavailable' }) {
  const { t, language } = useI18n();
  const { login } = useAuth();
  return (
    <>
      <p>{t(messageKey)}</p>
      <button type="button" className="button" onClick={() => void login({ locale: language })}>
        {t('auth.login')}
      </button>
    </>
  );
}

export function ProfilePage({ actorHref }: EraseMyAccountProps) {
  const { t } = useI18n();
  const { status } = useAuth();
  const me = useMe({ enabled: status === 'authenticated' });
  useDocumentTitle(t('profile.title'));

  let content;
  if (status === 'loading') {
    content = <LoadingMessage label={t('auth.checking')} />;
  } else if (status === 'unavailable') {
    content = <LoginOffer messageKey="auth.unavailable" />;
  } else if (status === 'anonymous') {
    content = <LoginOffer messageKey="profile.loginRequired" />;
  } else if (me.isPending) {
    content = <LoadingMessage />;
  } else if (me.isError) {
    const expired = me.error instanceof ApiError && me.error.status === 401;
    content = (
      <>
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
        {expired && <LoginOffer messageKey="profile.loginRequired" />}
      </>
    );
  } else {
    content = (
      <>
        <ProfileDetails me={me.data} fetchedAt={me.dataUpdatedAt} />
        <MyDataSection actorHref={actorHref} />
      </>
    );
  }

  return (
    <>
      <h1>{t('profile.title')}</h1>
      {content}
    </>
  );
}
