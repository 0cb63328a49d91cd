import * as Plot from '@observablehq/plot';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { FigureProps } from '../figures-props';
import { localName } from '../format';
import type { AreaCoOccurrenceRow } from '../model';
import { horizontalBars } from './charts';
import { InsightFigure } from './insight-figure';

const MAX_BARS = 20;

/** The first MAX_BARS rows as bars of their collaborations, in the API's order. */
function collaborationBars<R extends { collaborations: number }>(rows: readonly R[], { marginLeft, xLabel, name, fill }: {
  marginLeft: number;
  xLabel: string;
  name: (row: R) => string;
  fill: string;
}) {
  const top = rows.slice(0, MAX_BARS);
  return horizontalBars({ marginLeft, xLabel, y: { domain: top.map(name) }, bars: Plot.barX(top, { y: name, x: 'collaborations', fill }) });
}

/** Agenda 2030: resources and collaborations per goal, and the goals nobody works on. */
export function SdgCoverage({ query }: FigureProps) {
  const { t, language } = useI18n();
  const goal = (row: { sdg: number; nameSv: string; nameEn: string }) => t('resource.sdg', { number: row.sdg, name: localName(row, language) });
  return (
    <InsightFigure
      figure="sdg-coverage"
      query={query}
      text="sdgCoverage"
      callout={(data) => {
        const uncovered = data.rows.filter((row) => !row.covered);
        return uncovered.length === 0
          ? t('insights.sdgCoverage.allCovered')
          : t('insights.sdgCoverage.uncovered', { count: uncovered.length, goals: uncovered.map(goal).join('; ') });
      }}
      chart={(data) =>
        horizontalBars({
          marginLeft: 300,
          xLabel: t('insights.column.count'),
          y: { domain: data.rows.map(goal) },
          color: { legend: true },
          bars: Plot.barX(
            data.rows.flatMap((row) => [
              { goal: goal(row), series: t('insights.column.resources'), count: row.resources },
              { goal: goal(row), series: t('insights.column.collaborations'), count: row.collaborations },
            ]),
            { y: 'goal', x: 'count', fill: 'series' },
          ),
        })
      }
      rowKey={(row) => String(row.sdg)}
      columns={(_, { n }) => [
        { header: t('insights.column.sdg'), cell: goal },
        { header: t('insights.column.resources'), cell: (row) => n.count(row.resources), numeric: true },
        { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
        { header: t('insights.column.covered'), cell: (row) => (row.covered ? t('insights.yes') : t('insights.no')) },
      ]}
    />
  );
}

export function TechnologyAreas({ query }: FigureProps) {
  const { t, language } = useI18n();
  return (
    <InsightFigure
      figure="technology-areas"
      query={query}
      text="technologyAreas"
      maxBars={MAX_BARS}
      chart={(data) => {
        const top = data.rows.slice(0, MAX_BARS);
        return horizontalBars({
          marginLeft: 220,
          xLabel: t('insights.column.count'),
          y: { domain: top.map((row) => localName(row, language)) },
          color: { legend: true },
          bars: Plot.barX(
            top.flatMap((row) => [
              { area: localName(row, language), series: t('insights.column.resources'), count: row.resources },
              { area: localName(row, language), series: t('insights.column.collaborations'), count: row.collaborations },
            ]),
            { y: 'area', x: 'count', fill: 'series' },
          ),
        });
      }}
      rowKey={(row) => row.code}
      columns={(_, { n }) => [
        { header: t('insights.column.technologyArea'), cell: (row) => localName(row, language) },
        { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
        { header: t('insights.column.resources'), cell: (row) => n.count(row.resources), numeric: true },
        { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
      ]}
    />
  );
}

export function KnowledgeAreas({ query }: FigureProps) {
  const { t, language } = useI18n();
  return (
    <InsightFigure
      figure="knowledge-areas"
      query={query}
      text="knowledgeAreas"
      emptyText="insights.noCollaborations"
      maxBars={MAX_BARS}
      chart={(data) => collaborationBars(data.rows, { marginLeft: 260, xLabel: t('insights.column.collaborations'), name: (row) => localName(row, language), fill: '#cc79a7' })}
      rowKey={(row) => row.code}
      columns={(_, { n }) => [
        { header: t('insights.column.knowledgeArea'), cell: (row) => `${localName(row, language)} (${row.code})` },
        { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
      ]}
    />
  );
}

/** Pairs of technology and knowledge areas that meet in the same collaborations. */
export function AreaCoOccurrence({ query }: FigureProps) {
  const { t, language } = useI18n();
  const name = (row: AreaCoOccurrenceRow, side: 'A' | 'B') =>
    localName({ nameSv: row[`nameSv${side}`], nameEn: row[`nameEn${side}`] }, language);
  const kind = (value: string) => (value === 'TECHNOLOGY' ? t('insights.areaKind.TECHNOLOGY') : t('insights.areaKind.KNOWLEDGE'));
  const pair = (row: AreaCoOccurrenceRow) => `${name(row, 'A')} + ${name(row, 'B')}`;
  return (
    <InsightFigure
      figure="area-co-occurrence"
      query={query}
      text="areaCoOccurrence"
      emptyText="insights.noCollaborations"
      maxBars={MAX_BARS}
      chart={(data) => collaborationBars(data.rows, { marginLeft: 360, xLabel: t('insights.column.collaborations'), name: pair, fill: '#009e73' })}
      rowKey={(row) => `${row.kindA}:${row.codeA}|${row.kindB}:${row.codeB}`}
      columns={(_, { n }) => [
        { header: t('insights.column.areaA'), cell: (row) => `${name(row, 'A')} (${kind(row.kindA)})` },
        { header: t('insights.column.areaB'), cell: (row) => `${name(row, 'B')} (${kind(row.kindB)})` },
        { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
      ]}
    />
  );
}
