import { useId, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { SdgTileList, sdgGoals } from '../../../components/sdg-tile';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { VocabularyTagList } from '../../../components/vocabulary-tag-list';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ApiError } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { canModerate, useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { LOCALES } from '../../../lib/i18n/languages';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useCollaboration } from '../api/get-collaboration';
import { BoundaryProfileView } from '../components/boundary-profile';
import { usePeriod } from '../components/collaboration-card';
import { CollaborationActions } from '../components/collaboration-actions';
import { LeaveCollaborationPanel } from '../components/leave-collaboration-panel';
import { LinkedResourcesPanel } from '../components/linked-resources-panel';
import { ParticipantsManager } from '../components/participants-manager';
import { PublicationBadge } from '../components/publication-badge';
import { TakedownPanel } from '../components/takedown-panel';
import type { ActorHref, Collaboration, CollaborationVocabularies } from '../model';
import { moderationNotices } from '../moderation';
import { collaborationPaths } from '../paths';
import { TableScroll } from '../../../components/table-scroll';

export interface CollaborationPageProps {
  vocabularies: CollaborationVocabularies;
  actorHref: ActorHref;
  /** Where a linked resource's page is (the resources feature's URL, handed in by the app layer). */
  resourceHref: (slug: string) => string;
  /** The participants on a map (the app layer reads their locations from the actors feature). */
  participantsMap?: (collaboration: Collaboration) => ReactNode;
}

/** Why the public does not see it, for the participants' people and moderators. */
function ModerationNotices({ collaboration }: { collaboration: Collaboration }) {
  const { t, formatDateTime } = useI18n();
  return (
    <>
      {moderationNotices(collaboration).map((notice) => {
        switch (notice.kind) {
          case 'takenDown':
            return (
              <div key={notice.kind} className="callout callout--warning">
                <p>
                  <strong>{t('collab.takenDown')}</strong>
                  {notice.at && <> {t('takedown.noticeAt', { time: formatDateTime(new Date(notice.at)) })}</>}
                </p>
                <p>{t('collab.takenDownReason', { reason: notice.reason })}</p>
                <p>{t('collab.takenDownHelp')}</p>
              </div>
            );
          case 'leadNotActive':
            return (
              <p key={notice.kind} className="callout callout--warning">
                {t('collab.hiddenLeadNotActive')}
              </p>
            );
          case 'tooFewParticipants':
            return (
              <p key={notice.kind} className="callout callout--warning">
                {t('collab.hiddenTooFew')}
              </p>
            );
        }
      })}
    </>
  );
}

function CollaborationDetails({
  collaboration,
  etag,
  onReload,
  vocabularies,
  actorHref,
  resourceHref,
  participantsMap,
  initialNotice,
}: CollaborationPageProps & { collaboration: Collaboration; etag: string; onReload: () => void; initialNotice: string }) {
  const { t, language } = useI18n();
  const { status } = useAuth();
  const me = useMe();
  const period = usePeriod();
  const aboutId = useId();
  const participantsId = useId();
  const fundingId = useId();
  const resourcesId = useId();
  const actionsId = useId();
  const [notice, setNotice] = useState(initialNotice);
  const moderator = status === 'authenticated' && canModerate(me.data);
  const title = pickLocalized(collaboration.title, language);
  const summary = pickLocalized(collaboration.summary, language);
  const description = pickLocalized(collaboration.descriptionHtml, language);
  const sek = new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });

  return (
    <>
      <h1>
        <span lang={title && title.language !== language ? title.language : undefined}>{title?.text ?? collaboration.slug}</span>{' '}
        <PublicationBadge publication={collaboration.publication} moderation={collaboration.moderation} />
      </h1>
      <p role="status" className="notice">
        {notice}
      </p>
      <ModerationNotices collaboration={collaboration} />
      {collaboration.publication === 'DRAFT' && <p className="callout callout--warning">{t('collab.draftInfo')}</p>}
      {collaboration.publication === 'ARCHIVED' && <p className="callout callout--warning">{t('collab.archivedInfo')}</p>}
      {summary && (
        <p className="lead" lang={summary.language !== language ? summary.language : undefined}>
          {summary.text}
        </p>
      )}

      <BoundaryProfileView profile={collaboration.boundaryProfile} />

      {collaboration.canEdit && (
        <section aria-labelledby={actionsId} className="panel">
          <h2 id={actionsId}>{t('collab.actions')}</h2>
          <CollaborationActions collaboration={collaboration} etag={etag} onDone={setNotice} onReload={onReload} />
        </section>
      )}

      <dl className="details">
        <dt>{t('collab.kind')}</dt>
        <dd>{t(`collaborationKind.${collaboration.kind}`)}</dd>
        <dt>{t('collab.status')}</dt>
        <dd>{t(`collaborationStatus.${collaboration.status}`)}</dd>
        <dt>{t('collab.period')}</dt>
        <dd>{period(collaboration.startDate, collaboration.endDate)}</dd>
        <dt>{t('collab.lead')}</dt>
        <dd>
          <Link to={actorHref(collaboration.lead.slug)}>{collaboration.lead.name}</Link>
        </dd>
        {collaboration.website && (
          <>
            <dt>{t('collab.website')}</dt>
            <dd>
              <a href={collaboration.website} rel="noopener noreferrer">
                {collaboration.website}
              </a>
            </dd>
          </>
        )}
        {collaboration.places.length > 0 && (
          <>
            <dt>{t('collab.places')}</dt>
            <dd>
              <ul className="plain-list">
                {collaboration.places.map((place) => (
                  <li key={place.code}>
                    {place.name}, {place.countyName}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {collaboration.knowledgeAreas.length > 0 && (
          <>
            <dt>{t('collab.knowledgeAreas')}</dt>
            <dd>
              <VocabularyTagList entries={collaboration.knowledgeAreas} />
            </dd>
          </>
        )}
        {collaboration.technologyAreas.length > 0 && (
          <>
            <dt>{t('collab.technologyAreas')}</dt>
            <dd>
              <VocabularyTagList entries={collaboration.technologyAreas} />
            </dd>
          </>
        )}
        {collaboration.sdgs.length > 0 && (
          <>
            <dt>{t('collab.sdgs')}</dt>
            <dd>
              <SdgTileList goals={sdgGoals(collaboration.sdgs, vocabularies.sdgs, language)} />
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby={participantsId}>
        <h2 id={participantsId}>{t('collab.participants')}</h2>
        <TableScroll label={t('collab.participantsCaption')}>
          <table className="table">
            <caption className="visually-hidden">{t('collab.participantsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('collab.actor')}</th>
                <th scope="col">{t('collab.sector')}</th>
                <th scope="col">{t('collab.municipality')}</th>
                <th scope="col">{t('collab.role')}</th>
              </tr>
            </thead>
            <tbody>
              {collaboration.participants.map((participant) => (
                <tr key={participant.actor.id}>
                  <th scope="row">
                    <Link to={actorHref(participant.actor.slug)}>{participant.actor.name}</Link>
                  </th>
                  <td>{t(`sector.${participant.sector}`)}</td>
                  <td>{participant.municipality?.name ?? '–'}</td>
                  <td>{t(`participantRole.${participant.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {participantsMap?.(collaboration)}

      {collaboration.canEdit && <ParticipantsManager collaboration={collaboration} onDone={setNotice} actorHref={actorHref} />}
      {!collaboration.canEdit && collaboration.invitations && (
        <ParticipantsManager collaboration={collaboration} onDone={setNotice} readOnly />
      )}
      {status === 'authenticated' && <LeaveCollaborationPanel collaboration={collaboration} onDone={setNotice} />}

      {collaboration.funding.length > 0 && (
        <section aria-labelledby={fundingId}>
          <h2 id={fundingId}>{t('collab.funding')}</h2>
          <TableScroll label={t('collab.fundingCaption')}>
            <table className="table">
              <caption className="visually-hidden">{t('collab.fundingCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('collab.funder')}</th>
                  <th scope="col">{t('collab.programme')}</th>
                  <th scope="col">{t('collab.fundingType')}</th>
                  <th scope="col" className="table__number">
                    {t('collab.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {collaboration.funding.map((line, index) => (
                  <tr key={index}>
                    <th scope="row">
                      {line.funder ? <Link to={actorHref(line.funder.slug)}>{line.funder.name}</Link> : line.funderName}
                    </th>
                    <td>{line.programme ?? '–'}</td>
                    <td>{t(`fundingType.${line.type}`)}</td>
                    <td className="table__number">{sek.format(line.amountSek)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}

      {!collaboration.canEdit && collaboration.linkedResources.length > 0 && (
        <section aria-labelledby={resourcesId}>
          <h2 id={resourcesId}>{t('collab.linkedResources')}</h2>
          <ul className="plain-list">
            {collaboration.linkedResources.map((resource) => {
              const name = pickLocalized(resource.title, language);
              return (
                <li key={resource.id}>
                  <Link to={resourceHref(resource.slug)} lang={name && name.language !== language ? name.language : undefined}>
                    {name?.text ?? resource.slug}
                  </Link>{' '}
                  <span className="muted">
                    ({t(`resourceKind.${resource.kind}`)}, {resource.actor.name})
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {collaboration.canEdit && (
        <LinkedResourcesPanel collaboration={collaboration} etag={etag} onReload={onReload} resourceHref={resourceHref} />
      )}

      {description && (
        <section aria-labelledby={aboutId}>
          <h2 id={aboutId}>{t('collab.about')}</h2>
          <div
            className="prose"
            lang={description.language !== language ? description.language : undefined}
            // descriptionHtml is rendered from Markdown and sanitised by the server (common/Markdown:
            // an allow-list of tags and attributes, no scripts, http/https/mailto links only).
            dangerouslySetInnerHTML={{ __html: description.text }}
          />
        </section>
      )}

      {moderator && <TakedownPanel collaboration={collaboration} etag={etag} onDone={setNotice} onReload={onReload} />}
    </>
  );
}

/** One collaboration's page: the boundaries it crosses, who takes part, funding and resources; actions for those allowed. */
export function CollaborationPage(props: CollaborationPageProps) {
  const { t, language } = useI18n();
  const { slug = '' } = useParams();
  const location = useLocation();
  const { status } = useAuth();
  // Asked once the session check is done: with a token the answer says whether the caller may edit.
  const collaboration = useCollaboration(slug, { enabled: status !== 'loading' });
  useDocumentTitle(
    (collaboration.data && pickLocalized(collaboration.data.collaboration.title, language)?.text) ?? t('collabDirectory.title'),
  );
  // The create page hands over a notice ("the draft is saved") through the navigation's state.
  const initialNotice = (location.state as { notice?: string } | null)?.notice ?? '';

  let content;
  if (collaboration.data) {
    content = (
      <CollaborationDetails
        {...props}
        collaboration={collaboration.data.collaboration}
        etag={collaboration.data.etag}
        onReload={() => void collaboration.refetch()}
        initialNotice={initialNotice}
      />
    );
  } else if (collaboration.isError) {
    const notFound = collaboration.error instanceof ApiError && collaboration.error.status === 404;
    content = notFound ? (
      <>
        <h1>{t('notFound.title')}</h1>
        <p>{t('collab.notFound')}</p>
      </>
    ) : (
      <>
        <h1>{t('collabDirectory.title')}</h1>
        <ErrorMessage error={collaboration.error} onRetry={() => void collaboration.refetch()} />
      </>
    );
  } else {
    content = <LoadingMessage />;
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={collaborationPaths.directory}>{t('collab.back')}</Link>
      </p>
      {content}
    </>
  );
}
