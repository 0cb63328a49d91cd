import type { components } from '../../lib/api/schema';

export type Municipality = components['schemas']['Municipality'];
export type TechnologyArea = components['schemas']['TechnologyArea'];
export type Sdg = components['schemas']['Sdg'];

/** Handed in by the app from the vocabularies feature (features do not import each other). */
export interface FeedVocabularies {
  municipalities: Municipality[] | undefined;
  technologyAreas: TechnologyArea[] | undefined;
  sdgs: Sdg[] | undefined;
  error: unknown;
  retry: () => void;
}
