import { actorUrl } from '../../features/actors/paths';
import type { InsightVocabularies } from '../../features/insights/model';
import { InsightsPage } from '../../features/insights/routes/insights-page';
import { useKnowledgeAreas } from '../../features/vocabularies/api/get-knowledge-areas';
import { useMunicipalities } from '../../features/vocabularies/api/get-municipalities';
import { useSdgs } from '../../features/vocabularies/api/get-sdgs';
import { useTechnologyAreas } from '../../features/vocabularies/api/get-technology-areas';

/** The vocabularies feature feeds the dashboard's filters here, so that neither feature imports the other. */
function useInsightVocabularies(): InsightVocabularies {
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

/** The dashboard, with the actor pages' URLs for the network's links. */
export function InsightsRoute() {
  return <InsightsPage vocabularies={useInsightVocabularies()} actorHref={actorUrl} />;
}
