import { actorUrl } from '../../features/actors/paths';
import type { CollaborationVocabularies } from '../../features/collaborations/model';
import { CollaborationDirectoryPage } from '../../features/collaborations/routes/collaboration-directory-page';
import { CollaborationPage } from '../../features/collaborations/routes/collaboration-page';
import { resourceUrl } from '../../features/resources/paths';
import { ParticipantsMap } from './participants-map';
import { useKnowledgeAreas } from '../../features/vocabularies/api/get-knowledge-areas';
import { useMunicipalities } from '../../features/vocabularies/api/get-municipalities';
import { useSdgs } from '../../features/vocabularies/api/get-sdgs';
import { useTechnologyAreas } from '../../features/vocabularies/api/get-technology-areas';

/** The vocabularies feature feeds the collaboration pages here, so that neither feature imports the other. */
export function useCollaborationVocabularies(): CollaborationVocabularies {
  const municipalities = useMunicipalities();
  const technologyAreas = useTechnologyAreas();
  const sdgs = useSdgs();
  const knowledgeAreas = useKnowledgeAreas();
  const all = [municipalities, technologyAreas, sdgs, knowledgeAreas];
  return {
    municipalities: municipalities.data,
    technologyAreas: technologyAreas.data,
    sdgs: sdgs.data,
    knowledgeAreas: knowledgeAreas.data,
    error: all.find((query) => query.isError)?.error,
    retry: () => {
      for (const query of all) if (query.isError) void query.refetch();
    },
  };
}

export function CollaborationDirectoryRoute() {
  return <CollaborationDirectoryPage vocabularies={useCollaborationVocabularies()} actorHref={actorUrl} />;
}

/** A collaboration's page links its participants to the actor pages (and shows them on a map) and its linked resources to theirs. */
export function CollaborationRoute() {
  return (
    <CollaborationPage
      vocabularies={useCollaborationVocabularies()}
      actorHref={actorUrl}
      resourceHref={resourceUrl}
      participantsMap={(collaboration) => <ParticipantsMap collaboration={collaboration} />}
    />
  );
}
