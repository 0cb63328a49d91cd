import { useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { SessionGate } from '../../../components/session-gate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useCreateCollaboration } from '../api/create-collaboration';
import { CollaborationForm } from '../components/collaboration-form';
import { VocabularyGate } from '../../../components/vocabulary-gate';
import { leadCandidatesOf } from '../leads';
import type { CollaborationVocabularies } from '../model';
import { collaborationUrl } from '../paths';
import { emptyCollaborationForm } from '../validation';

/** Reads the caller's actors once, when it starts: it is shown after /me has arrived. */
function CreateCollaborationForm({ vocabularies }: { vocabularies: CollaborationVocabularies }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const me = useMe();
  const create = useCreateCollaboration();
  const leads = leadCandidatesOf(me.data);
  // The actor page links here with its actor chosen; with one actor to choose from, it is chosen.
  const [initialValues] = useState(() => {
    const wanted = searchParams.get('actor') ?? '';
    const leadActorId = leads.some((actor) => actor.id === wanted) ? wanted : leads.length === 1 ? leads[0]!.id : '';
    return emptyCollaborationForm(leadActorId);
  });

  if (leads.length === 0) return <p>{t('createCollab.noActors')}</p>;

  return (
    <VocabularyGate vocabularies={vocabularies}>
      {(loaded) => (
        <CollaborationForm
          initialValues={initialValues}
          leads={leads}
          funderActors={leads}
          {...loaded}
          submitLabel={t('createCollab.submit')}
          pending={create.isPending}
          serverError={create.error}
          onValid={(input) =>
            create.mutate(input, {
              // The draft's page invites partners and publishes.
              onSuccess: ({ collaboration }) =>
                void navigate(collaborationUrl(collaboration.slug), { state: { notice: t('createCollab.created') } }),
            })
          }
        />
      )}
    </VocabularyGate>
  );
}

function MeLoaded({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.data) return children;
  return me.isError ? <ErrorMessage error={me.error} onRetry={() => void me.refetch()} /> : <LoadingMessage />;
}

/** "Start a collaboration": a draft led by an actor the caller owns or edits (`?actor=<id>` chooses it). */
export function CreateCollaborationPage({ vocabularies }: { vocabularies: CollaborationVocabularies }) {
  const { t } = useI18n();
  useDocumentTitle(t('createCollab.title'));
  return (
    <>
      <h1>{t('createCollab.title')}</h1>
      <p>{t('createCollab.intro')}</p>
      <SessionGate message={t('createCollab.loginRequired')}>
        <MeLoaded>
          <CreateCollaborationForm vocabularies={vocabularies} />
        </MeLoaded>
      </SessionGate>
    </>
  );
}
