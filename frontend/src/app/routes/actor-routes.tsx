import { ActorDirectoryPage } from '../../features/actors/routes/actor-directory-page';
import { EditActorPage } from '../../features/actors/routes/edit-actor-page';
import { RegisterActorPage } from '../../features/actors/routes/register-actor-page';
import type { ActorVocabularies } from '../../features/actors/model';
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
