import { LinksMap } from '../../../components/map/links-map';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { FigureProps } from '../figures-props';
import { useFigure } from '../use-figure';
import { FigureSection } from './figure-section';

/**
 * Collaborations drawn between municipalities: the shared LinksMap draws a line per pair and keeps
 * the pairs' table beside the map (also when the tiles cannot load).
 */
export function MunicipalityLinks({ query }: FigureProps) {
  const { t } = useI18n();
  const { result, csv } = useFigure('municipality-links', query);
  const title = t('insights.municipalityLinks.title');
  return (
    <FigureSection
      id="municipality-links"
      title={title}
      definition={t('insights.municipalityLinks.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.length === 0}
      emptyText={t('insights.noCollaborations')}
    >
      {(data) => <LinksMap links={data.rows} label={t('insights.municipalityLinks.map')} />}
    </FigureSection>
  );
}
