import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { ApiError } from '../../../lib/api/api-error';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { fieldErrorMessage } from '../../../lib/i18n/problem-messages';
import { useLinkableResources, type ResourceCandidate } from '../api/list-linkable-resources';
import { useUpdateCollaboration } from '../api/update-collaboration';
import { linkableActors, linkedResourceIndex, MAX_LINKED_RESOURCES, withLinkedResources } from '../linked-resources';
import type { Collaboration } from '../model';

interface Props {
  collaboration: Collaboration;
  /** The ETag of the collaboration as shown: the PUT sends it as If-Match. */
  etag: string;
  /** Fetches the collaboration anew (after a 412: someone else changed it). */
  onReload: () => void;
  resourceHref: (slug: string) => string;
}

/** What a resource is called, for lists and messages: a title in the reader's language if there is one. */
type Titled = Pick<ResourceCandidate, 'id' | 'slug' | 'title'>;

/**
 * For the lead's owners and editors: the resources linked to the collaboration (testbeds and labs
 * used, events held, results produced), with a way to unlink one and to link another that an
 * invited or accepted participant published. Each change is a PUT of the whole collaboration with
 * If-Match; the server checks the links again (400 on `linkedResourceIds[i]`).
 */
export function LinkedResourcesPanel({ collaboration, etag, onReload, resourceHref }: Props) {
  const { t, language } = useI18n();
  const headingId = useId();
  const pickId = useId();
  const hintId = useId();
  const me = useMe();
  const update = useUpdateCollaboration();
  const [picked, setPicked] = useState('');
  const [result, setResult] = useState('');
  const [invalidForm, setInvalidForm] = useState(false);

  const actors = linkableActors(collaboration);
  const mine = new Set((me.data?.memberships ?? []).map((membership) => membership.actor.id));
  const candidates = useLinkableResources(
    actors.map((actor) => actor.id),
    actors.filter((actor) => mine.has(actor.id)).map((actor) => actor.id),
  );
  const linked = collaboration.linkedResources;
  const linkedIds = new Set(linked.map((resource) => resource.id));
  const available = (candidates.data ?? []).filter((resource) => !linkedIds.has(resource.id));
  const full = linked.length >= MAX_LINKED_RESOURCES;

  const titleOf = (resource: Titled | undefined, id: string) =>
    (resource && pickLocalized(resource.title, language)?.text) ?? resource?.slug ?? id;
  const known = new Map<string, Titled>();
  for (const resource of candidates.data ?? []) known.set(resource.id, resource);
  for (const resource of linked) known.set(resource.id, resource);

  const save = (ids: string[], done: string) => {
    setResult('');
    const body = withLinkedResources(collaboration, ids);
    setInvalidForm(!body.ok);
    if (!body.ok) return;
    update.mutate(
      { id: collaboration.id, etag, input: body.input },
      {
        onSuccess: () => {
          setPicked('');
          setResult(done);
        },
      },
    );
  };

  const error = update.error;
  const stale = error instanceof ApiError && error.status === 412;
  // The server names a link it refuses by its place in the ids sent: name the resource instead.
  const sentIds = update.variables?.input.linkedResourceIds ?? [];
  const linkErrors =
    error instanceof ApiError && error.status === 400
      ? (error.problem?.errors ?? []).flatMap((fieldError) => {
          const index = linkedResourceIndex(fieldError.field);
          if (index === undefined) return [];
          const id = sentIds[index] ?? '';
          const title = titleOf(known.get(id), id);
          // `invalid` is the API's code for "not a resource of an invited or accepted participant".
          return [
            fieldError.code === 'invalid'
              ? t('linkedRes.notParticipants', { title })
              : t('linkedRes.fieldError', { title, message: fieldErrorMessage(fieldError, language) }),
          ];
        })
      : [];

  // Grouped by the participant that published them, each group in title order.
  const groups = actors
    .map((actor) => ({
      actor,
      resources: available
        .filter((resource) => resource.actor.id === actor.id)
        .sort((a, b) => titleOf(a, a.id).localeCompare(titleOf(b, b.id), language)),
    }))
    .filter((group) => group.resources.length > 0);

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('linkedRes.title')}</h2>
      <p>{t('linkedRes.intro')}</p>
      {linked.length === 0 ? (
        <p>{t('linkedRes.empty')}</p>
      ) : (
        <ul className="plain-list linked-resources">
          {linked.map((resource) => {
            const name = pickLocalized(resource.title, language);
            const title = titleOf(resource, resource.id);
            return (
              <li key={resource.id} className="linked-resources__item">
                <span>
                  {t(`resourceKind.${resource.kind}`)}:{' '}
                  <Link to={resourceHref(resource.slug)} lang={name && name.language !== language ? name.language : undefined}>
                    {title}
                  </Link>{' '}
                  <span className="muted">{t('linkedRes.by', { name: resource.actor.name })}</span>
                </span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={update.isPending}
                  onClick={() =>
                    save(
                      linked.filter((other) => other.id !== resource.id).map((other) => other.id),
                      t('linkedRes.unlinked', { title }),
                    )
                  }
                >
                  {t('linkedRes.remove', { title })}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      {candidates.isPending ? (
        <LoadingMessage label={t('linkedRes.loading')} />
      ) : candidates.isError ? (
        // Not an alert: nobody asked for this list, and an alert would talk over the page's other news.
        <div className="error">
          <p>{t('linkedRes.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void candidates.refetch()}>
            {t('error.retry')}
          </button>
        </div>
      ) : full ? (
        <p>{t('linkedRes.full', { max: MAX_LINKED_RESOURCES })}</p>
      ) : groups.length === 0 ? (
        <p>{t('linkedRes.noneLeft')}</p>
      ) : (
        <form
          className="linked-resources__add"
          onSubmit={(event) => {
            event.preventDefault();
            if (!picked) return;
            save([...linked.map((resource) => resource.id), picked], t('linkedRes.linked', { title: titleOf(known.get(picked), picked) }));
          }}
        >
          <div className="field">
            <label htmlFor={pickId}>{t('linkedRes.pick')}</label>
            <p id={hintId} className="field__hint">
              {t('linkedRes.pickHint')}
            </p>
            <select id={pickId} aria-describedby={hintId} value={picked} onChange={(event) => setPicked(event.target.value)}>
              <option value="">{t('linkedRes.choose')}</option>
              {groups.map(({ actor, resources }) => (
                <optgroup key={actor.id} label={actor.name}>
                  {resources.map((resource) => (
                    <option key={resource.id} value={resource.id}>
                      {t(resource.status === 'DRAFT' ? 'linkedRes.optionDraft' : 'linkedRes.option', {
                        title: titleOf(resource, resource.id),
                        kind: t(`resourceKind.${resource.kind}`),
                      })}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={!picked || update.isPending}>
            {t('linkedRes.add')}
          </button>
        </form>
      )}

      {stale ? (
        <div role="alert" className="error">
          <p>{t('linkedRes.conflict')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              update.reset();
              onReload();
            }}
          >
            {t('collab.reload')}
          </button>
        </div>
      ) : linkErrors.length > 0 ? (
        <div role="alert" className="error">
          <p className="error__title">{t('linkedRes.refused')}</p>
          <ul>
            {linkErrors.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : error ? (
        <ErrorMessage error={error} />
      ) : invalidForm ? (
        <p role="alert" className="error">
          {t('linkedRes.invalidForm')}
        </p>
      ) : null}
      <p role="status" className="notice">
        {result}
      </p>
    </section>
  );
}
