import * as Plot from '@observablehq/plot';
import type { FigureProps } from '../figures-props';
import { InsightFigure } from './insight-figure';

/** Leydesdorff's triple-helix synergy T per year: below zero, sector, place and technology reinforce each other. */
export function Synergy({ query }: FigureProps) {
  return (
    <InsightFigure
      figure="synergy"
      query={query}
      text="synergy"
      isEmpty={(data) => data.rows.every((row) => row.observations === 0)}
      callout={(_, { t }) => t('insights.synergy.negative')}
      chart={(data, { t }) => ({
        x: { label: t('insights.column.year'), tickFormat: 'd', ticks: data.rows.map((row) => row.year) },
        y: { label: t('insights.column.t'), grid: true },
        marks: [
          Plot.ruleY([0], { stroke: '#555' }),
          Plot.lineY(data.rows, { x: 'year', y: 't', stroke: '#0072b2', strokeWidth: 2 }),
          Plot.dot(data.rows, { x: 'year', y: 't', fill: '#0072b2' }),
        ],
      })}
      rowKey={(row) => String(row.year)}
      columns={(_, { t, n }) => [
        { header: t('insights.column.year'), cell: (row) => row.year },
        { header: t('insights.column.observations'), cell: (row) => n.count(row.observations), numeric: true },
        { header: t('insights.column.leftOut'), cell: (row) => n.count(row.leftOut), numeric: true },
        { header: t('insights.column.t'), cell: (row) => n.decimal(row.t), numeric: true },
        { header: 'H(S)', cell: (row) => n.decimal(row.hSector), numeric: true },
        { header: 'H(P)', cell: (row) => n.decimal(row.hPlace), numeric: true },
        { header: 'H(T)', cell: (row) => n.decimal(row.hTechnology), numeric: true },
        { header: 'H(SP)', cell: (row) => n.decimal(row.hSectorPlace), numeric: true },
        { header: 'H(ST)', cell: (row) => n.decimal(row.hSectorTechnology), numeric: true },
        { header: 'H(PT)', cell: (row) => n.decimal(row.hPlaceTechnology), numeric: true },
        { header: 'H(SPT)', cell: (row) => n.decimal(row.hSectorPlaceTechnology), numeric: true },
      ]}
    />
  );
}
