import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { SdgTileList, sdgGoals } from '../../../components/sdg-tile';
import { LocationSection } from '../../../components/map/location-section';
import type { PlaceMarker } from '../../../components/map/place-map';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { VocabularyTagList } from '../../../components/vocabulary-tag-list';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiError } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { canModerate, useMe } from '../../../lib/auth/use-me';
import { useRuntimeConfig } from '../../../lib/config/config-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useResource } from '../api/get-resource';
import { KindFacts } from '../components/kind-facts';
import { OccurrenceList } from '../components/occurrence-list';
import { ResourceActions } from '../components/resource-actions';
import { ResourceStatusBadge } from '../components/resource-status-badge';
import { TakedownActions } from '../components/takedown-actions';
import { kindDetailsOf, type ActorHref, type Resource, type ResourceVocabularies } from '../model';
import { isPublic, moderationNotices, unacceptedInvitations } from '../moderation';
import { resourcePaths, resourceUrl } from '../paths';

interface PageProps {
  vocabularies: ResourceVocabularies;
  actorHref: ActorHref;
}

/** An event's dates in Swedish time, and a calendar file of all of them. */
function EventDates({ resource }: { resource: Resource }) {
  const { t } = useI18n();
  const { apiUrl } = useRuntimeConfig();
  const headingId = useId();
  const hintId = useId();
  const kind = kindDetailsOf(resource);
  const event = kind?.field === 'event' ? kind.details : undefined;
  const occurrences = resource.occurrences ?? [];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('resource.upcoming')}</h2>
      {event?.eventStatus === 'CANCELLED' && <p className="callout callout--warning">{t('event.cancelled')}</p>}
      {event?.eventStatus === 'POSTPONED' && <p className="callout callout--warning">{t('event.postponed')}</p>}
      {occurrences.length > 0 ? (
        <>
          <OccurrenceList occurrences={occurrences} allDay={event?.allDay ?? false} />
          <p className="muted">{t('resource.swedishTime')}</p>
        </>
      ) : (
        <p>{t('resource.noUpcoming')}</p>
      )}
      {/* A plain link the browser downloads without a token: the API serves it for what anyone
          may read, so what the public does not see (a draft, archived, taken down) gets none. */}
      {isPublic(resource) && (
        <p>
          <a
            className="button button--secondary"
            href={`${apiUrl}/api/v1/resources/${encodeURIComponent(resource.id)}/calendar`}
            aria-describedby={hintId}
          >
            {t('resource.addToCalendar')}
          </a>{' '}
          <span id={hintId} className="muted">
            {t('resource.calendarHint')}
          </span>
        </p>
      )}
    </section>
  );
}

/** Why the public does not see it, for the publisher's people and moderators (the API says so only to them). */
function ModerationNotices({ resource }: { resource: Resource }) {
  const { t, formatDateTime } = useI18n();
  const notices = moderationNotices(resource);
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((notice) => {
        switch (notice.kind) {
          case 'takenDown':
            return (
              <div key={notice.kind} className="callout callout--warning">
                <p>
                  <strong>{t('takedown.notice')}</strong>
                  {notice.at && <> {t('takedown.noticeAt', { time: formatDateTime(new Date(notice.at)) })}</>}
                </p>
                <p>{t('takedown.noticeReason', { reason: notice.reason })}</p>
                <p>{t('takedown.noticeHelp')}</p>
              </div>
            );
          case 'publisherSuspended':
            return (
              <p key={notice.kind} className="callout callout--warning">
                {t('resource.hiddenPublisherSuspended')}
              </p>
            );
          case 'publisherPending':
            return (
              <p key={notice.kind} className="callout callout--warning">
                {t('resource.hiddenPublisherPending')}
              </p>
            );
        }
      })}
    </>
  );
}

/** Where the resource is: its own location, else (an event) its venue's. */
function resourceMarkers(resource: Resource, label: string): PlaceMarker[] {
  const kind = kindDetailsOf(resource);
  const location = resource.location ?? (kind?.field === 'event' ? kind.details.venue?.location : undefined);
  if (!location) return [];
  return [{ id: resource.id, latitude: location.lat, longitude: location.lon, label, href: resourceUrl(resource.slug) }];
}

function ResourceDetails({
  resource,
  etag,
  onReload,
  vocabularies,
  actorHref,
}: PageProps & { resource: Resource; etag: string; onReload: () => void }) {
  const { t, language } = useI18n();
  const { status } = useAuth();
  const me = useMe();
  const aboutId = useId();
  const linksId = useId();
  const actionsId = useId();
  const moderationId = useId();
  const [notice, setNotice] = useState('');
  const moderator = status === 'authenticated' && canModerate(me.data);
  const title = pickLocalized(resource.title, language);
  const summary = pickLocalized(resource.summary, language);
  const body = pickLocalized(resource.bodyHtml, language);
  const kind = kindDetailsOf(resource);
  const contact = resource.contact;
  const invitations = unacceptedInvitations(resource);

  return (
    <>
      <h1>
        <span lang={title && title.language !== language ? title.language : undefined}>{title?.text ?? resource.slug}</span>{' '}
        <ResourceStatusBadge status={resource.status} hiddenBecause={resource.moderation?.hiddenBecause} />
      </h1>
      <p role="status" className="notice">
        {notice}
      </p>
      <ModerationNotices resource={resource} />
      {resource.status === 'DRAFT' && <p className="callout callout--warning">{t('resource.draftInfo')}</p>}
      {resource.status === 'ARCHIVED' && <p className="callout callout--warning">{t('resource.archivedInfo')}</p>}
      {resource.canEdit && (
        <section aria-labelledby={actionsId} className="panel">
          <h2 id={actionsId}>{t('resource.actions')}</h2>
          <ResourceActions resource={resource} etag={etag} onDone={setNotice} onReload={onReload} />
        </section>
      )}
      {moderator && (
        <section aria-labelledby={moderationId} className="panel">
          <h2 id={moderationId}>{t('takedown.heading')}</h2>
          <TakedownActions resource={resource} etag={etag} onDone={setNotice} onReload={onReload} />
        </section>
      )}
      {summary && (
        <p className="lead" lang={summary.language !== language ? summary.language : undefined}>
          {summary.text}
        </p>
      )}

      <dl className="details">
        <dt>{t('resource.kind')}</dt>
        <dd>
          {t(`resourceKind.${resource.kind}`)} ({t(`family.${resource.family}`).toLocaleLowerCase(language)})
        </dd>
        <dt>{t('resource.publisher')}</dt>
        <dd>
          <Link to={actorHref(resource.actor.slug)}>{resource.actor.name}</Link>
        </dd>
        {resource.coOrganisers.length > 0 && (
          <>
            <dt>{t('resource.coOrganisers')}</dt>
            <dd>
              <ul className="plain-list">
                {resource.coOrganisers.map((actor) => (
                  <li key={actor.id}>
                    <Link to={actorHref(actor.slug)}>{actor.name}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {invitations.length > 0 && (
          <>
            <dt>{t('resource.invitedCoOrganisers')}</dt>
            <dd>
              <ul className="plain-list">
                {invitations.map((invitation) => (
                  <li key={invitation.actor.id}>
                    {invitation.actor.name}{' '}
                    <span className="muted">({t(`invitationStatus.${invitation.status}`)})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {resource.municipality && (
          <>
            <dt>{t('resource.municipality')}</dt>
            <dd>
              {resource.municipality.name}, {resource.municipality.countyName}
            </dd>
          </>
        )}
        {resource.tags.length > 0 && (
          <>
            <dt>{t('resource.tags')}</dt>
            <dd>
              <ul className="tag-list">
                {resource.tags.map((tag) => (
                  <li key={tag} className="tag-list__item">
                    {tag}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {resource.technologyAreas.length > 0 && (
          <>
            <dt>{t('resource.technologyAreas')}</dt>
            <dd>
              <VocabularyTagList entries={resource.technologyAreas} />
            </dd>
          </>
        )}
        {resource.sdgs.length > 0 && (
          <>
            <dt>{t('resource.sdgs')}</dt>
            <dd>
              <SdgTileList goals={sdgGoals(resource.sdgs, vocabularies.sdgs, language)} />
            </dd>
          </>
        )}
        {contact && (contact.name || contact.email || contact.phone) && (
          <>
            <dt>{t('resource.contact')}</dt>
            <dd>
              <ul className="plain-list">
                {contact.name && <li>{contact.name}</li>}
                {contact.email && (
                  <li>
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </li>
                )}
                {contact.phone && (
                  <li>
                    <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
                  </li>
                )}
              </ul>
            </dd>
          </>
        )}
      </dl>

      {resource.kind === 'EVENT' && <EventDates resource={resource} />}
      {kind && <KindFacts kind={kind} technologyAreas={vocabularies.technologyAreas} />}

      <LocationSection
        heading={t('map.where')}
        mapLabel={t('map.whereLabel', { name: title?.text ?? resource.slug })}
        markers={resourceMarkers(resource, title?.text ?? resource.slug)}
      />

      {body && (
        <section aria-labelledby={aboutId}>
          <h2 id={aboutId}>{t('resource.about')}</h2>
          <div
            className="prose"
            lang={body.language !== language ? body.language : undefined}
            // bodyHtml is rendered from Markdown and sanitised by the server (an allow-list of
            // tags and attributes, no scripts, no event handlers, http/https/mailto links only).
            dangerouslySetInnerHTML={{ __html: body.text }}
          />
        </section>
      )}

      {resource.links.length > 0 && (
        <section aria-labelledby={linksId}>
          <h2 id={linksId}>{t('resource.links')}</h2>
          <ul className="plain-list">
            {resource.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer">
                  {link.label || link.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** One resource's page: what it is, who offers it, when (an event) and the kind's own facts. */
export function ResourcePage({ vocabularies, actorHref }: PageProps) {
  const { t, language } = useI18n();
  const { slug = '' } = useParams();
  const { status } = useAuth();
  // Asked once the session check is done: with a token the answer says whether the caller may edit.
  const resource = useResource(slug, { enabled: status !== 'loading' });
  useDocumentTitle((resource.data && pickLocalized(resource.data.resource.title, language)?.text) ?? t('catalogue.title'));

  let content;
  if (resource.data) {
    // Kept on screen when a background refetch fails.
    content = (
      <ResourceDetails
        resource={resource.data.resource}
        etag={resource.data.etag}
        onReload={() => void resource.refetch()}
        vocabularies={vocabularies}
        actorHref={actorHref}
      />
    );
  } else if (resource.isError) {
    const notFound = resource.error instanceof ApiError && resource.error.status === 404;
    content = notFound ? (
      <>
        <h1>{t('notFound.title')}</h1>
        <p>{t('resource.notFound')}</p>
      </>
    ) : (
      <>
        <h1>{t('catalogue.title')}</h1>
        <ErrorMessage error={resource.error} onRetry={() => void resource.refetch()} />
      </>
    );
  } else {
    content = <LoadingMessage />;
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={resourcePaths.catalogue}>{t('resource.back')}</Link>
      </p>
      {content}
    </>
  );
}
