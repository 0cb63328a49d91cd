import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { SessionGate } from '../../../components/session-gate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiError } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useCollaboration, type VersionedCollaboration } from '../api/get-collaboration';
import { useUpdateCollaboration } from '../api/update-collaboration';
import { CollaborationForm } from '../components/collaboration-form';
import { VocabularyGate } from '../components/vocabulary-gate';
import type { ActorRef, Collaboration, CollaborationVocabularies } from '../model';
import { collaborationUrl } from '../paths';
import { collaborationToFormValues } from '../validation';

/** The actors a funding line may name: those taking part, and any funder named before. */
export function funderActorsOf(collaboration: Collaboration): ActorRef[] {
  const byId = new Map<string, ActorRef>();
  for (const participant of collaboration.participants) byId.set(participant.actor.id, participant.actor);
  for (const line of collaboration.funding) if (line.funder) byId.set(line.funder.id, line.funder);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

function EditCollaborationForm({
  current,
  vocabularies,
  onReload,
}: {
  current: VersionedCollaboration;
  vocabularies: CollaborationVocabularies;
  onReload(): Promise<VersionedCollaboration | undefined>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdateCollaboration();
  // The version the form was filled from, whose ETag goes out as If-Match; only "Reload" swaps it.
  const [base, setBase] = useState(current);
  const { collaboration, etag } = base;
  const stale = update.error instanceof ApiError && update.error.status === 412;

  if (!collaboration.canEdit) return <p>{t('editCollab.forbidden')}</p>;

  return (
    <>
      {stale && (
        <div role="alert" className="error">
          <p>{t('editCollab.conflict')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              update.reset();
              void onReload().then((fresh) => fresh && setBase(fresh));
            }}
          >
            {t('collab.reload')}
          </button>
        </div>
      )}
      <VocabularyGate vocabularies={vocabularies}>
        {(loaded) => (
          <CollaborationForm
            key={etag}
            initialValues={collaborationToFormValues(collaboration)}
            leads={[collaboration.lead]}
            fixedLead
            funderActors={funderActorsOf(collaboration)}
            {...loaded}
            submitLabel={t('editCollab.submit')}
            pending={update.isPending}
            serverError={stale ? null : update.error}
            onValid={(input) =>
              update.mutate(
                { id: collaboration.id, etag, input },
                { onSuccess: (updated) => void navigate(collaborationUrl(updated.collaboration.slug)) },
              )
            }
            actions={<Link to={collaborationUrl(collaboration.slug)}>{t('editCollab.cancel')}</Link>}
          />
        )}
      </VocabularyGate>
    </>
  );
}

/** The lead's owners and editors change a collaboration; the PUT carries If-Match from the GET's ETag. */
export function EditCollaborationPage({ vocabularies }: { vocabularies: CollaborationVocabularies }) {
  const { t, language } = useI18n();
  const { slug = '' } = useParams();
  const { status } = useAuth();
  const collaboration = useCollaboration(slug, { enabled: status === 'authenticated' });
  const name = collaboration.data && pickLocalized(collaboration.data.collaboration.title, language)?.text;
  const title = name ? t('editCollab.title', { title: name }) : t('editCollab.titleGeneric');
  useDocumentTitle(title);

  let content;
  if (collaboration.data) {
    content = (
      <EditCollaborationForm
        current={collaboration.data}
        vocabularies={vocabularies}
        onReload={async () => (await collaboration.refetch()).data}
      />
    );
  } else if (collaboration.isError) {
    content = <ErrorMessage error={collaboration.error} onRetry={() => void collaboration.refetch()} />;
  } else {
    content = <LoadingMessage />;
  }

  return (
    <>
      <h1>{title}</h1>
      <SessionGate message={t('editCollab.loginRequired')}>{content}</SessionGate>
    </>
  );
}
