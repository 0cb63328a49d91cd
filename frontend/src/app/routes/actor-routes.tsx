import { canEditActor, type Actor, type ActorVocabularies } from '../../features/actors/model';
import { actorUrl } from '../../features/actors/paths';
import { ActorDirectoryPage } from '../../features/actors/routes/actor-directory-page';
import { ActorPage } from '../../features/actors/routes/actor-page';
import { EditActorPage } from '../../features/actors/routes/edit-actor-page';
import { RegisterActorPage } from '../../features/actors/routes/register-actor-page';
import { ActorResources } from '../../features/resources/components/actor-resources';
import { useMunicipalities } from '../../features/vocabularies/api/get-municipalities';
import { useTechnologyAreas } from '../../features/vocabularies/api/get-technology-areas';

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

/** The actor's page with its resources, which the resources feature lists. */
function actorResources(actor: Actor) {
  return (
    <ActorResources
      actorId={actor.id}
      member={!!actor.myRole}
      editor={canEditActor(actor.myRole)}
      active={actor.status === 'ACTIVE'}
      actorHref={actorUrl}
    />
  );
}

export function ActorRoute() {
  return <ActorPage sections={actorResources} />;
}
