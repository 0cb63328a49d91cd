import { actorUrl } from '../../features/actors/paths';
import type { ResourceVocabularies } from '../../features/resources/model';
import { ResourceCataloguePage } from '../../features/resources/routes/resource-catalogue-page';
import { ResourcePage } from '../../features/resources/routes/resource-page';
import { useMunicipalities } from '../../features/vocabularies/api/get-municipalities';
import { useSdgs } from '../../features/vocabularies/api/get-sdgs';
import { useTechnologyAreas } from '../../features/vocabularies/api/get-technology-areas';

/** The vocabularies feature feeds the resource pages here, so that neither feature imports the other. */
export function useResourceVocabularies(): ResourceVocabularies {
  const municipalities = useMunicipalities();
  const technologyAreas = useTechnologyAreas();
  const sdgs = useSdgs();
  return {
    municipalities: municipalities.data,
    technologyAreas: technologyAreas.data,
    sdgs: sdgs.data,
    error: municipalities.error ?? technologyAreas.error ?? sdgs.error,
    retry: () => {
      if (municipalities.isError) void municipalities.refetch();
      if (technologyAreas.isError) void technologyAreas.refetch();
      if (sdgs.isError) void sdgs.refetch();
    },
  };
}

export function ResourceCatalogueRoute() {
  return <ResourceCataloguePage vocabularies={useResourceVocabularies()} actorHref={actorUrl} />;
}

export function ResourceRoute() {
  return <ResourcePage vocabularies={useResourceVocabularies()} actorHref={actorUrl} />;
}
