import { useId, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { LocationSection } from '../../../components/map/location-section';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiError } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { canModerate, useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useActor } from '../api/get-actor';
import { ActorPartnerSuggestions } from '../components/actor-partner-suggestions';
import { JoinPanel } from '../components/join-panel';
import { ModerationActions } from '../components/moderation-actions';
import { StatusBadge } from '../components/status-badge';
import { VocabularyTagList } from '../../../components/vocabulary-tag-list';
import { canEditActor, type Actor } from '../model';
import { actorPaths, actorUrl, editActorUrl } from '../paths';

function ActorDescription({ actor }: { actor: Actor }) {
  const { t, language } = useI18n();
  const html = pickLocalized(actor.descriptionHtml, language);
  if (!html) return <p className="muted">{t('actor.noDescription')}</p>;
  return (
    <div
      className="prose"
      lang={html.language !== language ? html.language : undefined}
      // descriptionHtml is rendered from Markdown and sanitised by the server (an allow-list of
      // tags and attributes, no scripts, no event handlers, http/https/mailto links only). Besides
      // it, only a resource's bodyHtml and a search hit's snippet are injected; every other text
      // goes through React's escaping.
      dangerouslySetInnerHTML={{ __html: html.text }}
    />
  );
}

/** What the app layer adds to an actor's page from other features (its resources). */
export type ActorPageSections = (actor: Actor) => ReactNode;

function ActorDetails({ actor, etag, sections }: { actor: Actor; etag: string; sections?: ActorPageSections }) {
  const { t } = useI18n();
  const { status } = useAuth();
  const me = useMe();
  const descriptionId = useId();
  const moderationId = useId();
  const [notice, setNotice] = useState('');
  const moderator = status === 'authenticated' && canModerate(me.data);

  return (
    <>
      <div className="actor-header">
        {actor.logoUrl && (
          <img className="actor-header__logo" src={actor.logoUrl} alt={t('actor.logo', { name: actor.name })} />
        )}
        <h1>
          {actor.name} <StatusBadge status={actor.status} />
        </h1>
      </div>
      <p role="status" className="notice">
        {notice}
      </p>
      {actor.status !== 'ACTIVE' && (
        <div className="callout callout--warning">
          <p>{actor.status === 'PENDING' ? t('actor.pendingInfo') : t('actor.suspendedInfo')}</p>
          {actor.statusReason && <p>{t('actor.statusReason', { reason: actor.statusReason })}</p>}
        </div>
      )}
      {actor.myRole && (
        <p>
          {t('actor.yourRole', { role: t(`memberRole.${actor.myRole}`) })}{' '}
          {canEditActor(actor.myRole) && <Link to={editActorUrl(actor.slug)}>{t('actor.edit')}</Link>}
        </p>
      )}

      <dl className="details">
        <dt>{t('actor.kind')}</dt>
        <dd>{t(`actorKind.${actor.kind}`)}</dd>
        <dt>{t('actor.sector')}</dt>
        <dd>{t(`sector.${actor.sector}`)}</dd>
        {actor.municipality && (
          <>
            <dt>{t('actor.municipality')}</dt>
            <dd>
              {actor.municipality.name}, {actor.municipality.countyName}
            </dd>
          </>
        )}
        {actor.website && (
          <>
            <dt>{t('actor.website')}</dt>
            <dd>
              <a href={actor.website} rel="noopener noreferrer">
                {actor.website}
              </a>
            </dd>
          </>
        )}
        {actor.contactEmail && (
          <>
            <dt>{t('actor.contactEmail')}</dt>
            <dd>
              <a href={`mailto:${actor.contactEmail}`}>{actor.contactEmail}</a>
            </dd>
          </>
        )}
        {actor.orgNumber && (
          <>
            <dt>{t('actor.orgNumber')}</dt>
            <dd>{actor.orgNumber}</dd>
          </>
        )}
        {actor.technologyAreas.length > 0 && (
          <>
            <dt>{t('actor.technologyAreas')}</dt>
            <dd>
              <VocabularyTagList entries={actor.technologyAreas} />
            </dd>
          </>
        )}
        {actor.competences.length > 0 && (
          <>
            <dt>{t('actor.competences')}</dt>
            <dd>
              <ul className="tag-list">
                {actor.competences.map((competence) => (
                  <li key={competence} className="tag-list__item">
                    {competence}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby={descriptionId}>
        <h2 id={descriptionId}>{t('actor.description')}</h2>
        <ActorDescription actor={actor} />
      </section>

      <LocationSection
        heading={t('map.where')}
        mapLabel={t('map.whereLabel', { name: actor.name })}
        markers={
          actor.location
            ? [{ id: actor.id, latitude: actor.location.lat, longitude: actor.location.lon, label: actor.name, href: actorUrl(actor.slug) }]
            : []
        }
      />

      <ActorPartnerSuggestions actor={actor} />

      {sections?.(actor)}

      <JoinPanel actor={actor} />

      {moderator && (
        <section aria-labelledby={moderationId} className="panel">
          <h2 id={moderationId}>{t('moderation.actions')}</h2>
          <ModerationActions actor={actor} etag={etag} onDone={setNotice} />
        </section>
      )}
    </>
  );
}

/**
 * One actor's public page; its people and moderators also see it while pending or suspended.
 * `sections` are parts the app layer composes in from other features.
 */
export function ActorPage({ sections }: { sections?: ActorPageSections } = {}) {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const { status } = useAuth();
  // Asked once the session check is done: with a token the answer carries the caller's role.
  const actor = useActor(slug, { enabled: status !== 'loading' });
  useDocumentTitle(actor.data?.actor.name ?? t('directory.title'));

  let content;
  if (actor.data) {
    // Kept on screen when a background refetch fails.
    content = <ActorDetails actor={actor.data.actor} etag={actor.data.etag} sections={sections} />;
  } else if (actor.isError) {
    const notFound = actor.error instanceof ApiError && actor.error.status === 404;
    content = notFound ? (
      <>
        <h1>{t('notFound.title')}</h1>
        <p>{t('actor.notFound')}</p>
      </>
    ) : (
      <>
        <h1>{t('directory.title')}</h1>
        <ErrorMessage error={actor.error} onRetry={() => void actor.refetch()} />
      </>
    );
  } else {
    content = <LoadingMessage />;
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={actorPaths.directory}>{t('actor.back')}</Link>
      </p>
      {content}
    </>
  );
}
