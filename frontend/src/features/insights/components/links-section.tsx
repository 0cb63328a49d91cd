import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { FigureProps } from '../figures-props';
import type { MunicipalityLinksRow } from '../model';
import { useFigure, useNumbers } from '../use-figure';
import { DataTable } from './data-table';
import { FigureSection } from './figure-section';

/** Collaborations drawn between municipalities: the map (when the app gives one) and the pairs' table. */
export function MunicipalityLinks({ query, renderMap }: FigureProps & { renderMap?: (links: MunicipalityLinksRow[]) => ReactNode }) {
  const { t } = useI18n();
  const n = useNumbers();
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
      {(data) => (
        <>
          {renderMap?.(data.rows)}
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => `${row.fromCode}-${row.toCode}`}
            columns={[
              { header: t('insights.column.from'), cell: (row) => row.fromName },
              { header: t('insights.column.to'), cell: (row) => row.toName },
              { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}
