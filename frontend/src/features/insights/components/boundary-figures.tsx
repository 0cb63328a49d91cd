import * as Plot from '@observablehq/plot';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { FigureProps } from '../figures-props';
import { monthAxis, monthDate } from '../format';
import type { BoundaryCrossingRow } from '../model';
import { InsightFigure, type FigureText } from './insight-figure';

const BOUNDARIES = [
  ['sector', 'SECTOR'],
  ['organisation', 'ORGANISATION'],
  ['place', 'PLACE'],
  ['knowledge', 'KNOWLEDGE'],
  ['technology', 'TECHNOLOGY'],
] as const;

type ShareKey = (typeof BOUNDARIES)[number][0] | 'tripleHelix' | 'quadrupleHelix';

/** The shares of one row as long data for a line per series. */
function longShares(rows: readonly BoundaryCrossingRow[], series: readonly (readonly [ShareKey, string])[]) {
  return rows.flatMap((row) => series.map(([key, label]) => ({ month: monthDate(row.month), series: label, share: row[key] })));
}

/** A line per share of the month's active collaborations (from boundary-crossing), and the table of the same shares. */
function ShareLines({ query, id, text, series }: FigureProps & { id: string; text: FigureText; series: readonly (readonly [ShareKey, string])[] }) {
  return (
    <InsightFigure
      figure="boundary-crossing"
      id={id}
      query={query}
      text={text}
      isEmpty={(data) => data.rows.every((row) => row.collaborations === 0)}
      emptyText="insights.noCollaborations"
      chart={(data, { t }) => ({
        x: monthAxis(data.rows.map((row) => row.month)),
        y: { label: t('insights.column.share'), percent: true, domain: [0, 100], grid: true },
        color: { legend: true },
        marks: [
          Plot.lineY(longShares(data.rows, series), { x: 'month', y: 'share', stroke: 'series', strokeWidth: 2 }),
          // A series of one month has no line to draw: its dots show it.
          Plot.dot(longShares(data.rows, series), { x: 'month', y: 'share', fill: 'series', r: 2.5 }),
          Plot.ruleY([0]),
        ],
      })}
      rowKey={(row) => row.month}
      columns={(_, { t, n }) => [
        { header: t('insights.column.month'), cell: (row) => row.month },
        { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
        ...series.map(([key, label]) => ({ header: label, cell: (row: BoundaryCrossingRow) => n.share(row[key]), numeric: true })),
      ]}
    />
  );
}

/** Boundary crossing over time: the share of active collaborations that cross each boundary. */
export function BoundaryCrossing({ query }: FigureProps) {
  const { t } = useI18n();
  const series = BOUNDARIES.map(([key, name]) => [key, t(`boundaryName.${name}`)] as const);
  return <ShareLines query={query} id="boundary-crossing" text="boundaryCrossing" series={series} />;
}

/** Helix shares over time: triple (business, academia, public) and quadruple (and civil society). */
export function HelixShares({ query }: FigureProps) {
  const { t } = useI18n();
  const series = [
    ['tripleHelix', t('insights.column.tripleHelix')],
    ['quadrupleHelix', t('insights.column.quadrupleHelix')],
  ] as const;
  return <ShareLines query={query} id="helix-shares" text="helix" series={series} />;
}

/** How many of the period's collaborations cross 0, 1, … 5 boundaries. */
export function BoundaryScores({ query }: FigureProps) {
  return (
    <InsightFigure
      figure="boundary-scores"
      query={query}
      text="boundaryScores"
      isEmpty={(data) => data.rows.every((row) => row.collaborations === 0)}
      emptyText="insights.noCollaborations"
      chart={(data, { t }) => ({
        x: { label: t('insights.column.score') },
        y: { label: t('insights.column.collaborations'), grid: true },
        marks: [Plot.barY(data.rows, { x: 'score', y: 'collaborations', fill: '#009e73' }), Plot.ruleY([0])],
      })}
      rowKey={(row) => String(row.score)}
      columns={(_, { t, n }) => [
        { header: t('insights.column.score'), cell: (row) => row.score, numeric: true },
        { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
        { header: t('insights.column.share'), cell: (row) => n.share(row.share), numeric: true },
      ]}
    />
  );
}
