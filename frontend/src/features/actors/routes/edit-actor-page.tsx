import { Link, useNavigate, useParams } from 'react-router';
import { EditPage, useEditedVersion, type Reload } from '../../../components/edit-page';
import { StaleVersionAlert } from '../../../components/stale-version-alert';
import { isStaleVersion } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useActor, type VersionedActor } from '../api/get-actor';
import { useUpdateActor } from '../api/update-actor';
import { ActorForm } from '../components/actor-form';
import { VocabularyGate } from '../../../components/vocabulary-gate';
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
  onReload: Reload<VersionedActor>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdateActor();
  const { base, reload } = useEditedVersion(current, onReload);
  const { actor, etag } = base;
  const stale = isStaleVersion(update.error);

  if (!canEditActor(actor.myRole)) return <p>{t('edit.forbidden')}</p>;

  return (
    <>
      {stale && (
        <StaleVersionAlert
          message={t('edit.conflict')}
          reloadLabel={t('edit.reload')}
          onReload={() => {
            update.reset();
            reload();
          }}
        />
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
  return (
    <EditPage title={title} loginRequired={t('edit.loginRequired')} query={actor}>
      {(current, reload) => <EditActorForm current={current} vocabularies={vocabularies} onReload={reload} />}
    </EditPage>
  );
}
