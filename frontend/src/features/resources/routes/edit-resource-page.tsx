import { Link, useNavigate, useParams } from 'react-router';
import { EditPage, useEditedVersion, type Reload } from '../../../components/edit-page';
import { StaleVersionAlert } from '../../../components/stale-version-alert';
import { isStaleVersion } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useResource, type VersionedResource } from '../api/get-resource';
import { useUpdateResource } from '../api/update-resource';
import { ResourceForm } from '../components/resource-form';
import { VocabularyGate } from '../../../components/vocabulary-gate';
import type { ResourceVocabularies } from '../model';
import { resourceUrl } from '../paths';
import { resourceToFormValues } from '../validation';

function EditResourceForm({
  current,
  vocabularies,
  onReload,
}: {
  current: VersionedResource;
  vocabularies: ResourceVocabularies;
  onReload: Reload<VersionedResource>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdateResource();
  const { base, reload } = useEditedVersion(current, onReload);
  const { resource, etag } = base;
  const stale = isStaleVersion(update.error);

  if (!resource.canEdit) return <p>{t('editResource.forbidden')}</p>;

  return (
    <>
      {stale && (
        <StaleVersionAlert
          message={t('editResource.conflict')}
          reloadLabel={t('resource.reload')}
          onReload={() => {
            update.reset();
            reload();
          }}
        />
      )}
      <VocabularyGate vocabularies={vocabularies}>
        {({ municipalities, technologyAreas, sdgs }) => (
          <ResourceForm
            // A reloaded version starts the form afresh from the server's values.
            key={etag}
            initialValues={resourceToFormValues(resource)}
            publishers={[resource.actor]}
            fixed
            coOrganisers={resource.coOrganiserInvitations ?? []}
            municipalities={municipalities}
            technologyAreas={technologyAreas}
            sdgs={sdgs}
            submitLabel={t('editResource.submit')}
            pending={update.isPending}
            serverError={stale ? null : update.error}
            onValid={(input) =>
              update.mutate(
                { id: resource.id, etag, input },
                { onSuccess: (updated) => void navigate(resourceUrl(updated.resource.slug)) },
              )
            }
            actions={<Link to={resourceUrl(resource.slug)}>{t('editResource.cancel')}</Link>}
          />
        )}
      </VocabularyGate>
    </>
  );
}

/** The publisher's owners and editors change a resource; the PUT carries If-Match from the GET's ETag. */
export function EditResourcePage({ vocabularies }: { vocabularies: ResourceVocabularies }) {
  const { t, language } = useI18n();
  const { slug = '' } = useParams();
  const { status } = useAuth();
  const resource = useResource(slug, { enabled: status === 'authenticated' });
  const name = resource.data && pickLocalized(resource.data.resource.title, language)?.text;
  const title = name ? t('editResource.title', { title: name }) : t('editResource.titleGeneric');
  return (
    <EditPage title={title} loginRequired={t('editResource.loginRequired')} query={resource}>
      {(current, reload) => <EditResourceForm current={current} vocabularies={vocabularies} onReload={reload} />}
    </EditPage>
  );
}
