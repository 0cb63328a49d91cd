import { useNavigate } from 'react-router';
import { SessionGate } from '../../../components/session-gate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCreateActor } from '../api/create-actor';
import { ActorForm } from '../components/actor-form';
import { VocabularyGate } from '../../../components/vocabulary-gate';
import type { ActorVocabularies } from '../model';
import { actorUrl } from '../paths';
import { emptyActorForm } from '../validation';

function RegisterActorForm({ vocabularies }: { vocabularies: ActorVocabularies }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateActor();
  return (
    <VocabularyGate vocabularies={vocabularies}>
      {({ municipalities, technologyAreas }) => (
        <ActorForm
          initialValues={emptyActorForm()}
          municipalities={municipalities}
          technologyAreas={technologyAreas}
          submitLabel={t('register.submit')}
          pending={create.isPending}
          serverError={create.error}
          onValid={(input) =>
            create.mutate(input, {
              // The new actor's page says that it awaits approval.
              onSuccess: ({ actor }) => void navigate(actorUrl(actor.slug)),
            })
          }
        />
      )}
    </VocabularyGate>
  );
}

/** "Register your organisation": the caller becomes the owner of a PENDING actor. */
export function RegisterActorPage({ vocabularies }: { vocabularies: ActorVocabularies }) {
  const { t } = useI18n();
  useDocumentTitle(t('register.title'));
  return (
    <>
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('directory.invitation')}</p>
      <p>{t('register.intro')}</p>
      <SessionGate message={t('register.loginRequired')}>
        <RegisterActorForm vocabularies={vocabularies} />
      </SessionGate>
    </>
  );
}
