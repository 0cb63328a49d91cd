import * as Plot from '@observablehq/plot';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { labelOf, type FigureProps } from '../figures-props';
import { monthAxis, monthDate } from '../format';
import type { ResourcesPublishedRow } from '../model';
import { monthlyBarsAndLine } from './charts';
import { InsightFigure } from './insight-figure';

/** The months of the series, each with its count per kind, in the order the API sent them. */
export function pivotByMonth(rows: readonly ResourcesPublishedRow[]) {
  const kinds: { kind: string; family: string }[] = [];
  const months = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (!kinds.some((k) => k.kind === row.kind)) kinds.push({ kind: row.kind, family: row.family });
    const counts = months.get(row.month) ?? new Map<string, number>();
    counts.set(row.kind, (counts.get(row.kind) ?? 0) + row.published);
    months.set(row.month, counts);
  }
  return { kinds, months: [...months].map(([month, counts]) => ({ month, counts })) };
}

type MonthCounts = ReturnType<typeof pivotByMonth>['months'][number];

/** Innovation tempo: resources published per month, by family and kind. */
export function ResourcesPublished({ query }: FigureProps) {
  const { t } = useI18n();
  const kind = (value: string) => labelOf(t, `resourceKind.${value}`, value);
  const family = (value: string) => labelOf(t, `family.${value}`, value);
  return (
    <InsightFigure
      figure="resources-published"
      query={query}
      text="resourcesPublished"
      isEmpty={(data) => data.rows.every((row) => row.published === 0)}
      chart={(data) => ({
        x: monthAxis(data.rows.map((row) => row.month)),
        y: { label: t('insights.column.published'), grid: true },
        color: { legend: true },
        marks: [
          Plot.rectY(
            data.rows.filter((row) => row.published > 0),
            { x: (row: ResourcesPublishedRow) => monthDate(row.month), y: 'published', interval: 'month', fill: (row: ResourcesPublishedRow) => family(row.family), inset: 1 },
          ),
          Plot.ruleY([0]),
        ],
      })}
      rows={(data) => pivotByMonth(data.rows).months}
      rowKey={(row) => row.month}
      columns={(data, { n }) => [
        { header: t('insights.column.month'), cell: (row: MonthCounts) => row.month },
        ...pivotByMonth(data.rows).kinds.map((k) => ({
          header: `${kind(k.kind)} (${family(k.family)})`,
          cell: (row: MonthCounts) => n.count(row.counts.get(k.kind) ?? 0),
          numeric: true,
        })),
      ]}
    />
  );
}

/** Project intensity: collaborations active and started per month. */
export function CollaborationIntensity({ query }: FigureProps) {
  return (
    <InsightFigure
      figure="collaboration-intensity"
      query={query}
      text="collaborationIntensity"
      isEmpty={(data) => data.rows.every((row) => row.active === 0 && row.started === 0)}
      emptyText="insights.noCollaborations"
      chart={(data, { t }) => monthlyBarsAndLine(data.rows, { yLabel: t('insights.column.collaborations'), bar: 'started', line: 'active' })}
      legend="insights.collaborationIntensity.legend"
      rowKey={(row) => row.month}
      columns={(_, { t, n }) => [
        { header: t('insights.column.month'), cell: (row) => row.month },
        { header: t('insights.column.active'), cell: (row) => n.count(row.active), numeric: true },
        { header: t('insights.column.started'), cell: (row) => n.count(row.started), numeric: true },
      ]}
    />
  );
}
