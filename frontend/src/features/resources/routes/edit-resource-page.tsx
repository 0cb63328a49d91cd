import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { SessionGate } from '../../../components/session-gate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiError } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useResource, type VersionedResource } from '../api/get-resource';
import { useUpdateResource } from '../api/update-resource';
import { ResourceForm } from '../components/resource-form';
import { VocabularyGate } from '../components/vocabulary-gate';
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
  onReload(): Promise<VersionedResource | undefined>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdateResource();
  // The version the form was filled from, and whose ETag goes out as If-Match. A background
  // refetch must not swap it under someone's edits; only "Reload" does.
  const [base, setBase] = useState(current);
  const { resource, etag } = base;
  // 412: the ETag the form was filled from is no longer the server's; nothing was overwritten.
  const stale = update.error instanceof ApiError && update.error.status === 412;

  if (!resource.canEdit) return <p>{t('editResource.forbidden')}</p>;

  return (
    <>
      {stale && (
        <div role="alert" className="error">
          <p>{t('editResource.conflict')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              update.reset();
              void onReload().then((fresh) => fresh && setBase(fresh));
            }}
          >
            {t('resource.reload')}
          </button>
        </div>
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
  useDocumentTitle(title);

  let content;
  if (resource.data) {
    content = (
      <EditResourceForm
        current={resource.data}
        vocabularies={vocabularies}
        onReload={async () => (await resource.refetch()).data}
      />
    );
  } else if (resource.isError) {
    content = <ErrorMessage error={resource.error} onRetry={() => void resource.refetch()} />;
  } else {
    content = <LoadingMessage />;
  }

  return (
    <>
      <h1>{title}</h1>
      <SessionGate message={t('editResource.loginRequired')}>{content}</SessionGate>
    </>
  );
}
