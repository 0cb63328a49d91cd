import { LOCALES, type Language } from '../../lib/i18n/languages';
import { pickLocalized } from '../../lib/i18n/localized-text';
import type { MessageKey, MessageParams } from '../../lib/i18n/messages';
import { BOUNDARIES, type Boundary, type BoundaryProfile } from './model';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** One of the five boundaries as the page shows it: crossed or not, and what it spans, in words. */
export interface BoundaryView {
  boundary: Boundary;
  crossed: boolean;
  /** Short lines naming what the collaboration spans on this boundary (sectors, places, areas...). */
  facts: string[];
}

function list(language: Language, values: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(values);
}

/**
 * The five boundaries of a profile, in the seed's order, each with its facts named: the sectors and
 * their helix, the number of organisations, the municipalities and counties and which borders they
 * cross, the SSIF areas and groups, the technology areas. The API computes every figure; this only
 * words them.
 */
export function boundaryViews(profile: BoundaryProfile, t: Translate, language: Language): BoundaryView[] {
  const named = (name: { sv?: string; en?: string }, fallback: string) => pickLocalized(name, language)?.text ?? fallback;
  const { sectors, organisations, places, knowledge, technology } = profile;
  const views: Record<Boundary, BoundaryView> = {
    SECTOR: {
      boundary: 'SECTOR',
      crossed: sectors.crossed,
      facts: [
        sectors.values.length > 0
          ? list(language, sectors.values.map((sector) => t(`sector.${sector}`)))
          : t('boundary.noSectors'),
        ...(sectors.helix !== 'NONE' ? [t(`helix.${sectors.helix}`)] : []),
      ],
    },
    ORGANISATION: {
      boundary: 'ORGANISATION',
      crossed: organisations.crossed,
      facts: [t('boundary.organisations', { count: organisations.count })],
    },
    PLACE: {
      boundary: 'PLACE',
      crossed: places.crossed,
      facts: [
        places.municipalities.length > 0
          ? list(language, places.municipalities.map((municipality) => municipality.name))
          : t('boundary.noPlaces'),
        ...(places.counties.length > 0 ? [list(language, places.counties.map((county) => county.name))] : []),
        ...(places.crossesMunicipalBorder ? [t('boundary.crossesMunicipalBorder')] : []),
        ...(places.crossesCountyBorder ? [t('boundary.crossesCountyBorder')] : []),
        ...(places.reachesOutsideRegion ? [t('boundary.reachesOutsideRegion')] : []),
      ],
    },
    KNOWLEDGE: {
      boundary: 'KNOWLEDGE',
      crossed: knowledge.crossed,
      facts:
        knowledge.areas.length === 0
          ? [t('boundary.noKnowledgeAreas')]
          : [
              t('boundary.knowledgeAreas', { names: list(language, knowledge.areas.map((area) => named(area.name, area.code))) }),
              ...(knowledge.groups.length > 0
                ? [t('boundary.knowledgeGroups', { names: list(language, knowledge.groups.map((group) => named(group.name, group.code))) })]
                : []),
            ],
    },
    TECHNOLOGY: {
      boundary: 'TECHNOLOGY',
      crossed: technology.crossed,
      facts:
        technology.areas.length > 0
          ? [list(language, technology.areas.map((area) => named(area.name, area.code)))]
          : [t('boundary.noTechnologyAreas')],
    },
  };
  return BOUNDARIES.map((boundary) => views[boundary]);
}
