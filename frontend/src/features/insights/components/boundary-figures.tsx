import * as Plot from '@observablehq/plot';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { FigureProps } from '../figures-props';
import { monthAxis, monthDate } from '../format';
import type { BoundaryCrossingRow } from '../model';
import { useFigure, useNumbers } from '../use-figure';
import { DataTable } from './data-table';
import { FigureSection } from './figure-section';
import { PlotFigure } from './plot-figure';

const BOUNDARIES = [
  ['sector', 'SECTOR'],
  ['organisation', 'ORGANISATION'],
  ['place', 'PLACE'],
  ['knowledge', 'KNOWLEDGE'],
  ['technology', 'TECHNOLOGY'],
] as const;

/** The shares of one row as long data for a line per series. */
function longShares<K extends keyof BoundaryCrossingRow>(rows: readonly BoundaryCrossingRow[], series: readonly (readonly [K, string])[]) {
  return rows.flatMap((row) => series.map(([key, label]) => ({ month: monthDate(row.month), series: label, share: row[key] as number })));
}

/** Boundary crossing over time: the share of active collaborations that cross each boundary. */
export function BoundaryCrossing({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('boundary-crossing', query);
  const title = t('insights.boundaryCrossing.title');
  const series = BOUNDARIES.map(([key, name]) => [key, t(`boundaryName.${name}`)] as const);
  return (
    <FigureSection
      id="boundary-crossing"
      title={title}
      definition={t('insights.boundaryCrossing.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.every((row) => row.collaborations === 0)}
      emptyText={t('insights.noCollaborations')}
    >
      {(data) => (
        <>
          <PlotFigure
            label={title}
            options={{
              x: monthAxis(data.rows.map((row) => row.month)),
              y: { label: t('insights.column.share'), percent: true, domain: [0, 100], grid: true },
              color: { legend: true },
              marks: [
                Plot.lineY(longShares(data.rows, series), { x: 'month', y: 'share', stroke: 'series', strokeWidth: 2 }),
                // A series of one month has no line to draw: its dots show it.
                Plot.dot(longShares(data.rows, series), { x: 'month', y: 'share', fill: 'series', r: 2.5 }),
                Plot.ruleY([0]),
              ],
            }}
          />
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => row.month}
            columns={[
              { header: t('insights.column.month'), cell: (row) => row.month },
              { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
              ...series.map(([key, label]) => ({ header: label, cell: (row: BoundaryCrossingRow) => n.share(row[key]), numeric: true })),
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}

/** Helix shares over time: triple (business, academia, public) and quadruple (and civil society). */
export function HelixShares({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('boundary-crossing', query);
  const title = t('insights.helix.title');
  const series = [
    ['tripleHelix', t('insights.column.tripleHelix')],
    ['quadrupleHelix', t('insights.column.quadrupleHelix')],
  ] as const;
  return (
    <FigureSection
      id="helix-shares"
      title={title}
      definition={t('insights.helix.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.every((row) => row.collaborations === 0)}
      emptyText={t('insights.noCollaborations')}
    >
      {(data) => (
        <>
          <PlotFigure
            label={title}
            options={{
              x: monthAxis(data.rows.map((row) => row.month)),
              y: { label: t('insights.column.share'), percent: true, domain: [0, 100], grid: true },
              color: { legend: true },
              marks: [
                Plot.lineY(longShares(data.rows, series), { x: 'month', y: 'share', stroke: 'series', strokeWidth: 2 }),
                // A series of one month has no line to draw: its dots show it.
                Plot.dot(longShares(data.rows, series), { x: 'month', y: 'share', fill: 'series', r: 2.5 }),
                Plot.ruleY([0]),
              ],
            }}
          />
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => row.month}
            columns={[
              { header: t('insights.column.month'), cell: (row) => row.month },
              { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
              ...series.map(([key, label]) => ({ header: label, cell: (row: BoundaryCrossingRow) => n.share(row[key]), numeric: true })),
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}

/** How many of the period's collaborations cross 0, 1, … 5 boundaries. */
export function BoundaryScores({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('boundary-scores', query);
  const title = t('insights.boundaryScores.title');
  return (
    <FigureSection
      id="boundary-scores"
      title={title}
      definition={t('insights.boundaryScores.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.every((row) => row.collaborations === 0)}
      emptyText={t('insights.noCollaborations')}
    >
      {(data) => (
        <>
          <PlotFigure
            label={title}
            options={{
              x: { label: t('insights.column.score') },
              y: { label: t('insights.column.collaborations'), grid: true },
              marks: [Plot.barY(data.rows, { x: 'score', y: 'collaborations', fill: '#009e73' }), Plot.ruleY([0])],
            }}
          />
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => String(row.score)}
            columns={[
              { header: t('insights.column.score'), cell: (row) => row.score, numeric: true },
              { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
              { header: t('insights.column.share'), cell: (row) => n.share(row.share), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}
