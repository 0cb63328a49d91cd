import * as Plot from '@observablehq/plot';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { labelOf, type FigureProps } from '../figures-props';
import { monthAxis, monthDate } from '../format';
import type { ResourcesPublishedRow } from '../model';
import { useFigure, useNumbers } from '../use-figure';
import { DataTable } from './data-table';
import { FigureSection } from './figure-section';
import { PlotFigure } from './plot-figure';

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

/** Innovation tempo: resources published per month, by family and kind. */
export function ResourcesPublished({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('resources-published', query);
  const title = t('insights.resourcesPublished.title');
  const kind = (value: string) => labelOf(t, `resourceKind.${value}`, value);
  const family = (value: string) => labelOf(t, `family.${value}`, value);
  return (
    <FigureSection
      id="resources-published"
      title={title}
      definition={t('insights.resourcesPublished.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.every((row) => row.published === 0)}
    >
      {(data) => {
        const pivot = pivotByMonth(data.rows);
        return (
          <>
            <PlotFigure
              label={title}
              options={{
                x: monthAxis(data.rows.map((row) => row.month)),
                y: { label: t('insights.column.published'), grid: true },
                color: { legend: true },
                marks: [
                  Plot.rectY(
                    data.rows.filter((row) => row.published > 0),
                    { x: (row) => monthDate(row.month), y: 'published', interval: 'month', fill: (row) => family(row.family), inset: 1 },
                  ),
                  Plot.ruleY([0]),
                ],
              }}
            />
            <DataTable
              caption={title}
              rows={pivot.months}
              rowKey={(row) => row.month}
              columns={[
                { header: t('insights.column.month'), cell: (row) => row.month },
                ...pivot.kinds.map((k) => ({
                  header: `${kind(k.kind)} (${family(k.family)})`,
                  cell: (row: (typeof pivot.months)[number]) => n.count(row.counts.get(k.kind) ?? 0),
                  numeric: true,
                })),
              ]}
            />
          </>
        );
      }}
    </FigureSection>
  );
}

/** Project intensity: collaborations active and started per month. */
export function CollaborationIntensity({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('collaboration-intensity', query);
  const title = t('insights.collaborationIntensity.title');
  return (
    <FigureSection
      id="collaboration-intensity"
      title={title}
      definition={t('insights.collaborationIntensity.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.every((row) => row.active === 0 && row.started === 0)}
      emptyText={t('insights.noCollaborations')}
    >
      {(data) => (
        <>
          <PlotFigure
            label={title}
            options={{
              x: monthAxis(data.rows.map((row) => row.month)),
              y: { label: t('insights.column.collaborations'), grid: true },
              marks: [
                Plot.rectY(data.rows, { x: (row) => monthDate(row.month), y: 'started', interval: 'month', fill: '#cc79a7', inset: 1 }),
                Plot.lineY(data.rows, { x: (row) => monthDate(row.month), y: 'active', stroke: '#0072b2', strokeWidth: 2 }),
                Plot.dot(data.rows, { x: (row) => monthDate(row.month), y: 'active', fill: '#0072b2', r: 2.5 }),
                Plot.ruleY([0]),
              ],
            }}
          />
          <p className="insight-figure__legend">{t('insights.collaborationIntensity.legend')}</p>
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => row.month}
            columns={[
              { header: t('insights.column.month'), cell: (row) => row.month },
              { header: t('insights.column.active'), cell: (row) => n.count(row.active), numeric: true },
              { header: t('insights.column.started'), cell: (row) => n.count(row.started), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}
