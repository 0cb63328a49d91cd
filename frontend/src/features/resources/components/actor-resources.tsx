import { useId } from 'react';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { LoadingMessage, SearchErrorMessage, SearchUnavailableMessage } from '../../../components/query-status';
import { isServiceUnavailable } from '../../../lib/api/api-error';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useResources } from '../api/list-resources';
import type { ActorHref, ResourceListQuery } from '../model';
import { createResourceUrl, resourcePaths } from '../paths';
import { ResourceCard } from './resource-card';

interface Props {
  actorId: string;
  /** The caller is one of the actor's people (any role): they also see its drafts. */
  member: boolean;
  /** The caller owns or edits the actor: they may add resources. */
  editor: boolean;
  /** Only active actors add resources. */
  active: boolean;
  actorHref: ActorHref;
}

function ResourceList({
  query,
  enabled = true,
  empty,
  headingLevel,
  actorHref,
  allHref,
}: {
  query: ResourceListQuery;
  enabled?: boolean;
  empty: string;
  headingLevel: 3 | 4;
  actorHref: ActorHref;
  /** Where the rest of the list is, when there is more than one page. */
  allHref?: string;
}) {
  const { t } = useI18n();
  const resources = useResources(query, { enabled });
  if (resources.isPending) {
    return isServiceUnavailable(resources.failureReason) ? (
      <SearchUnavailableMessage onRetry={() => void resources.refetch()} />
    ) : (
      <LoadingMessage />
    );
  }
  if (resources.isError && !resources.data) {
    // The public list is read from the search engine: its 503 is said calmly.
    return <SearchErrorMessage error={resources.error} onRetry={() => void resources.refetch()} />;
  }
  const items = resources.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <>
      <ul className="resource-list">
        {items.map((resource) => (
          <li key={resource.id}>
            <ResourceCard resource={resource} actorHref={actorHref} headingLevel={headingLevel} />
          </li>
        ))}
      </ul>
      {resources.hasNextPage &&
        (allHref ? (
          <p>
            <Link to={allHref}>{t('actorResources.all')}</Link>
          </p>
        ) : (
          <LoadMoreButton query={resources} />
        ))}
    </>
  );
}

/**
 * An actor's resources on its page: the published ones for everyone, the drafts for its people,
 * and "add a resource" for its owners and editors.
 */
export function ActorResources({ actorId, member, editor, active, actorHref }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const draftsHeadingId = useId();
  return (
    <section aria-labelledby={headingId} className="actor-resources">
      <h2 id={headingId}>{t('actorResources.title')}</h2>
      {editor &&
        (active ? (
          <p>
            <Link to={createResourceUrl(actorId)} className="button">
              {t('actorResources.add')}
            </Link>
          </p>
        ) : (
          <p className="muted">{t('actorResources.notActive')}</p>
        ))}
      <ResourceList
        query={{ actor: [actorId] }}
        empty={t('actorResources.empty')}
        headingLevel={3}
        actorHref={actorHref}
        allHref={`${resourcePaths.catalogue}?actor=${encodeURIComponent(actorId)}`}
      />
      {member && (
        <section aria-labelledby={draftsHeadingId}>
          <h3 id={draftsHeadingId}>{t('actorResources.drafts')}</h3>
          <p className="muted">{t('actorResources.draftsIntro')}</p>
          <ResourceList
            query={{ actor: [actorId], status: 'DRAFT' }}
            enabled={member}
            empty={t('actorResources.noDrafts')}
            headingLevel={4}
            actorHref={actorHref}
          />
        </section>
      )}
    </section>
  );
}
