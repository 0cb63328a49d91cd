import { useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { SessionGate } from '../../../components/session-gate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCreateResource } from '../api/create-resource';
import { ResourceForm } from '../components/resource-form';
import { VocabularyGate } from '../../../components/vocabulary-gate';
import { isResourceKind, type ResourceVocabularies } from '../model';
import { resourceUrl } from '../paths';
import { publishersOf } from '../publishers';
import { emptyResourceForm } from '../validation';

/** Reads the caller's actors once, when it starts: it is shown after /me has arrived. */
function CreateResourceForm({ vocabularies }: { vocabularies: ResourceVocabularies }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const me = useMe();
  const create = useCreateResource();
  const publishers = publishersOf(me.data);
  // The actor page links here with its actor chosen; with one actor to choose from, it is chosen.
  const [initialValues] = useState(() => {
    const wanted = searchParams.get('actor') ?? '';
    const kind = searchParams.get('kind');
    const actorId = publishers.some((actor) => actor.id === wanted)
      ? wanted
      : publishers.length === 1
        ? publishers[0]!.id
        : '';
    return emptyResourceForm(actorId, isResourceKind(kind) ? kind : '');
  });

  if (publishers.length === 0) return <p>{t('createResource.noActors')}</p>;

  return (
    <VocabularyGate vocabularies={vocabularies}>
      {({ municipalities, technologyAreas, sdgs }) => (
        <ResourceForm
          initialValues={initialValues}
          publishers={publishers}
          municipalities={municipalities}
          technologyAreas={technologyAreas}
          sdgs={sdgs}
          submitLabel={t('createResource.submit')}
          pending={create.isPending}
          serverError={create.error}
          onValid={(input) =>
            create.mutate(input, {
              // The draft's page offers to publish it.
              onSuccess: ({ resource }) => void navigate(resourceUrl(resource.slug)),
            })
          }
        />
      )}
    </VocabularyGate>
  );
}

/** "Add a resource": a draft of an actor the caller owns or edits (`?actor=<id>` chooses it). */
export function CreateResourcePage({ vocabularies }: { vocabularies: ResourceVocabularies }) {
  const { t } = useI18n();
  useDocumentTitle(t('createResource.title'));
  return (
    <>
      <h1>{t('createResource.title')}</h1>
      <p>{t('createResource.intro')}</p>
      <SessionGate message={t('createResource.loginRequired')}>
        <MeLoaded>
          <CreateResourceForm vocabularies={vocabularies} />
        </MeLoaded>
      </SessionGate>
    </>
  );
}

function MeLoaded({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.data) return children;
  return me.isError ? <ErrorMessage error={me.error} onRetry={() => void me.refetch()} /> : <LoadingMessage />;
}
