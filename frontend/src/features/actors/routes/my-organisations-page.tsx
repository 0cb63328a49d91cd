import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { SessionGate } from '../../../components/session-gate';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMe } from '../../../lib/auth/use-me';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useWithdrawJoinRequest } from '../api/withdraw-join-request';
import { CoOrganiserInvitationsPanel } from '../components/co-organiser-invitations-panel';
import { JoinRequestsPanel } from '../components/join-requests-panel';
import { LeaveMembership } from '../components/leave-membership';
import { MembersPanel } from '../components/members-panel';
import { StatusBadge } from '../components/status-badge';
import type { Me } from '../model';
import { actorPaths, actorUrl } from '../paths';

export type Membership = Me['memberships'][number];

/** What the app layer adds to a membership's card from other features (collaboration invitations). */
export type MembershipSections = (membership: Membership, onNotice: (message: string) => void) => ReactNode;

function MembershipCard({
  membership,
  mySubject,
  onNotice,
  sections,
}: {
  membership: Membership;
  mySubject: string;
  onNotice: (message: string) => void;
  sections?: MembershipSections | undefined;
}) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  const { actor, role } = membership;

  return (
    <article aria-labelledby={headingId} className="membership">
      <h2 id={headingId}>
        <Link to={actorUrl(actor.slug)}>{actor.name}</Link> <StatusBadge status={actor.status} />
      </h2>
      <p>
        {t('myOrgs.role', { role: t(`memberRole.${role}`) })} ·{' '}
        {t('myOrgs.since', { time: formatDateTime(new Date(membership.since)) })}
      </p>
      {role === 'OWNER' && (
        <>
          <JoinRequestsPanel actor={actor} onNotice={onNotice} />
          <CoOrganiserInvitationsPanel actor={actor} onNotice={onNotice} />
        </>
      )}
      {sections?.(membership, onNotice)}
      {role === 'OWNER' && <MembersPanel actor={actor} mySubject={mySubject} onNotice={onNotice} />}
      <LeaveMembership actor={actor} role={role} mySubject={mySubject} onNotice={onNotice} />
    </article>
  );
}

function PendingRequests({ me, onNotice }: { me: Me; onNotice: (message: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  const withdraw = useWithdrawJoinRequest();
  if (me.joinRequests.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('myOrgs.myRequests')}</h2>
      {!!withdraw.error && <ErrorMessage error={withdraw.error} />}
      <ul className="request-list">
        {me.joinRequests.map((request) => (
          <li key={request.id} className="request-list__item">
            <p>
              <Link to={actorUrl(request.actor.slug)}>{request.actor.name}</Link>{' '}
              <span className="muted">
                {t('myOrgs.requestedAt', { time: formatDateTime(new Date(request.createdAt)) })}
              </span>
            </p>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(
                  { actorId: request.actor.id, requestId: request.id },
                  { onSuccess: () => onNotice(t('myOrgs.withdrawn', { name: request.actor.name })) },
                )
              }
            >
              {t('myOrgs.withdrawNamed', { name: request.actor.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function MyOrganisations({ sections }: { sections?: MembershipSections | undefined }) {
  const { t } = useI18n();
  const me = useMe();
  const [notice, setNotice] = useState('');

  if (!me.data) {
    return me.isError ? <ErrorMessage error={me.error} onRetry={() => void me.refetch()} /> : <LoadingMessage />;
  }

  const { memberships } = me.data;
  return (
    <>
      <p role="status" className="notice">
        {notice}
      </p>
      {memberships.length === 0 ? (
        <>
          <p>{t('myOrgs.empty')}</p>
          <ul className="link-list">
            <li>
              <Link to={actorPaths.directory}>{t('myOrgs.browse')}</Link>
            </li>
            <li>
              <Link to={actorPaths.register}>{t('directory.register')}</Link>
            </li>
          </ul>
        </>
      ) : (
        memberships.map((membership) => (
          <MembershipCard
            key={membership.actor.id}
            membership={membership}
            mySubject={me.data.subject}
            onNotice={setNotice}
            sections={sections}
          />
        ))
      )}
      <PendingRequests me={me.data} onNotice={setNotice} />
    </>
  );
}

/** The caller's memberships and pending requests; owners manage people, requests and co-organiser invitations here. */
export function MyOrganisationsPage({ sections }: { sections?: MembershipSections } = {}) {
  const { t } = useI18n();
  useDocumentTitle(t('myOrgs.title'));
  return (
    <>
      <h1>{t('myOrgs.title')}</h1>
      <SessionGate message={t('myOrgs.loginRequired')}>
        <MyOrganisations sections={sections} />
      </SessionGate>
    </>
  );
}
