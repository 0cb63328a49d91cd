import { Link, useNavigate, useParams } from 'react-router';
import { EditPage, useEditedVersion, type Reload } from '../../../components/edit-page';
import { StaleVersionAlert } from '../../../components/stale-version-alert';
import { isStaleVersion } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useCollaboration, type VersionedCollaboration } from '../api/get-collaboration';
import { useUpdateCollaboration } from '../api/update-collaboration';
import { CollaborationForm } from '../components/collaboration-form';
import { VocabularyGate } from '../../../components/vocabulary-gate';
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
  onReload: Reload<VersionedCollaboration>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdateCollaboration();
  const { base, reload } = useEditedVersion(current, onReload);
  const { collaboration, etag } = base;
  const stale = isStaleVersion(update.error);

  if (!collaboration.canEdit) return <p>{t('editCollab.forbidden')}</p>;

  return (
    <>
      {stale && (
        <StaleVersionAlert
          message={t('editCollab.conflict')}
          reloadLabel={t('collab.reload')}
          onReload={() => {
            update.reset();
            reload();
          }}
        />
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
  return (
    <EditPage title={title} loginRequired={t('editCollab.loginRequired')} query={collaboration}>
      {(current, reload) => <EditCollaborationForm current={current} vocabularies={vocabularies} onReload={reload} />}
    </EditPage>
  );
}
