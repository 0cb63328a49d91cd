import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { SessionGate } from '../../../components/session-gate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiError } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useActor, type VersionedActor } from '../api/get-actor';
import { useUpdateActor } from '../api/update-actor';
import { ActorForm } from '../components/actor-form';
import { VocabularyGate } from '../components/vocabulary-gate';
import { canEditActor, type ActorVocabularies } from '../model';
import { actorUrl } from '../paths';
import { actorToFormValues } from '../validation';

function EditActorForm({
  current,
  vocabularies,
  onReload,
}: {
  current: VersionedActor;
  vocabularies: ActorVocabularies;
  onReload(): Promise<VersionedActor | undefined>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdateActor();
  // The version the form was filled from, and whose ETag goes out as If-Match. A background
  // refetch must not swap it under someone's edits; only "Reload" does.
  const [base, setBase] = useState(current);
  const { actor, etag } = base;
  // 412: the ETag the form was filled from is no longer the server's; nothing was overwritten.
  const stale = update.error instanceof ApiError && update.error.status === 412;

  if (!canEditActor(actor.myRole)) return <p>{t('edit.forbidden')}</p>;

  return (
    <>
      {stale && (
        <div role="alert" className="error">
          <p>{t('edit.conflict')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              update.reset();
              void onReload().then((fresh) => fresh && setBase(fresh));
            }}
          >
            {t('edit.reload')}
          </button>
        </div>
      )}
      <VocabularyGate vocabularies={vocabularies}>
        {({ municipalities, technologyAreas }) => (
          <ActorForm
            // A reloaded version starts the form afresh from the server's values.
            key={etag}
            initialValues={actorToFormValues(actor)}
            municipalities={municipalities}
            technologyAreas={technologyAreas}
            submitLabel={t('edit.submit')}
            pending={update.isPending}
            serverError={stale ? null : update.error}
            onValid={(input) =>
              update.mutate(
                { id: actor.id, etag, input },
                { onSuccess: (updated) => void navigate(actorUrl(updated.actor.slug)) },
              )
            }
            actions={<Link to={actorUrl(actor.slug)}>{t('edit.cancel')}</Link>}
          />
        )}
      </VocabularyGate>
    </>
  );
}

/** Owners and editors change an actor's details; the PUT carries If-Match from the GET's ETag. */
export function EditActorPage({ vocabularies }: { vocabularies: ActorVocabularies }) {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const { status } = useAuth();
  const actor = useActor(slug, { enabled: status === 'authenticated' });
  const title = actor.data ? t('edit.title', { name: actor.data.actor.name }) : t('edit.titleGeneric');
  useDocumentTitle(title);

  let content;
  if (actor.data) {
    content = (
      <EditActorForm
        current={actor.data}
        vocabularies={vocabularies}
        onReload={async () => (await actor.refetch()).data}
      />
    );
  } else if (actor.isError) {
    content = <ErrorMessage error={actor.error} onRetry={() => void actor.refetch()} />;
  } else {
    content = <LoadingMessage />;
  }

  return (
    <>
      <h1>{title}</h1>
      <SessionGate message={t('edit.loginRequired')}>{content}</SessionGate>
    </>
  );
}
