import { Link } from 'react-router';
import { canEditActor, type Actor, type ActorVocabularies } from '../../features/actors/model';
import { MyOrganisationsPage, type Membership } from '../../features/actors/routes/my-organisations-page';
import { ActorCollaborations } from '../../features/collaborations/components/actor-collaborations';
import { useMyInvitations } from '../../features/collaborations/api/get-my-invitations';
import { ReceivedInvitationsPanel } from '../../features/collaborations/components/received-invitations-panel';
import { createCollaborationUrl } from '../../features/collaborations/paths';
import { actorUrl } from '../../features/actors/paths';
import { ActorDirectoryPage } from '../../features/actors/routes/actor-directory-page';
import { ActorPage } from '../../features/actors/routes/actor-page';
import { EditActorPage } from '../../features/actors/routes/edit-actor-page';
import { RegisterActorPage } from '../../features/actors/routes/register-actor-page';
import { DisabledWebhooksNotice } from '../../features/integrations/components/disabled-webhooks-notice';
import { IntegrationsSection } from '../../features/integrations/components/integrations-section';
import { ActorResources } from '../../features/resources/components/actor-resources';
import { useMunicipalities } from '../../features/vocabularies/api/get-municipalities';
import { useTechnologyAreas } from '../../features/vocabularies/api/get-technology-areas';
import { useI18n } from '../../lib/i18n/i18n-context';

/** The vocabularies feature feeds the actor pages here, so that neither feature imports the other. */
function useActorVocabularies(): ActorVocabularies {
  const municipalities = useMunicipalities();
  const technologyAreas = useTechnologyAreas();
  return {
    municipalities: municipalities.data,
    technologyAreas: technologyAreas.data,
    error: municipalities.error ?? technologyAreas.error,
    retry: () => {
      if (municipalities.isError) void municipalities.refetch();
      if (technologyAreas.isError) void technologyAreas.refetch();
    },
  };
}

export function ActorDirectoryRoute() {
  return <ActorDirectoryPage vocabularies={useActorVocabularies()} />;
}

export function RegisterActorRoute() {
  return <RegisterActorPage vocabularies={useActorVocabularies()} />;
}

export function EditActorRoute() {
  return <EditActorPage vocabularies={useActorVocabularies()} />;
}

/**
 * The actor's page with its resources and its collaborations, which those features list, and for
 * its owners (and admins) the integrations feature's API clients and webhooks.
 */
function actorSections(actor: Actor) {
  const editor = canEditActor(actor.myRole);
  const active = actor.status === 'ACTIVE';
  return (
    <>
      <ActorResources actorId={actor.id} member={!!actor.myRole} editor={editor} active={active} actorHref={actorUrl} />
      <ActorCollaborations actorId={actor.id} editor={editor} active={active} actorHref={actorUrl} />
      <IntegrationsSection actorId={actor.id} owner={actor.myRole === 'OWNER'} />
    </>
  );
}

export function ActorRoute() {
  return <ActorPage sections={actorSections} />;
}

/**
 * "My organisations" with what other features add to each membership: for owners a notice when
 * the actor's webhooks were disabled after failed deliveries (counted by /me/invitations, the
 * navigation badge's query) and the collaboration invitations to answer (beside the co-organiser
 * invitations), and for owners and editors of an active actor a link to start a collaboration it leads.
 */
function MembershipSections({ membership, onNotice }: { membership: Membership; onNotice: (message: string) => void }) {
  const { t } = useI18n();
  const { actor, role } = membership;
  const counts = useMyInvitations();
  const disabledWebhooks = counts.data?.actors.find((a) => a.actor.id === actor.id)?.disabledWebhooks ?? 0;
  return (
    <>
      {role === 'OWNER' && <DisabledWebhooksNotice actor={actor} actorHref={actorUrl(actor.slug)} count={disabledWebhooks} />}
      {role === 'OWNER' && <ReceivedInvitationsPanel actor={actor} onNotice={onNotice} />}
      {canEditActor(role) && actor.status === 'ACTIVE' && (
        <p>
          <Link to={createCollaborationUrl(actor.id)}>{t('collabInbox.start', { name: actor.name })}</Link>
        </p>
      )}
    </>
  );
}

export function MyOrganisationsRoute() {
  return (
    <MyOrganisationsPage
      sections={(membership, onNotice) => <MembershipSections membership={membership} onNotice={onNotice} />}
    />
  );
}
