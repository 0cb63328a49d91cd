import { SessionGate } from '../../components/session-gate';
import { ErrorMessage, LoadingMessage } from '../../components/query-status';
import { useDocumentTitle } from '../../components/use-document-title';
import { PendingActorsQueue } from '../../features/actors/components/pending-actors-queue';
import { TakenDownQueue } from '../../features/resources/components/taken-down-queue';
import { canModerate, useMe } from '../../lib/auth/use-me';
import { useI18n } from '../../lib/i18n/i18n-context';

function ModeratorsOnly() {
  const { t } = useI18n();
  const me = useMe();
  if (!me.data) {
    return me.isError ? <ErrorMessage error={me.error} onRetry={() => void me.refetch()} /> : <LoadingMessage />;
  }
  // The server answers others with 403 anyway; this only spares them the request.
  if (!canModerate(me.data)) return <p>{t('moderation.forbidden')}</p>;
  return (
    <>
      <PendingActorsQueue />
      <TakenDownQueue />
    </>
  );
}

/**
 * The moderators' queues, composed here because they belong to two features: PENDING actors, to
 * approve into the directory, and taken-down resources, to restore.
 */
export function ModerationPage() {
  const { t } = useI18n();
  useDocumentTitle(t('moderation.title'));
  return (
    <>
      <h1>{t('moderation.title')}</h1>
      <p>{t('moderation.lead')}</p>
      <SessionGate message={t('moderation.loginRequired')}>
        <ModeratorsOnly />
      </SessionGate>
    </>
  );
}
