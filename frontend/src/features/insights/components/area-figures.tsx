import * as Plot from '@observablehq/plot';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { FigureProps } from '../figures-props';
import { localName } from '../format';
import type { AreaCoOccurrenceRow } from '../model';
import { useFigure, useNumbers } from '../use-figure';
import { DataTable } from './data-table';
import { FigureSection } from './figure-section';
import { PlotFigure } from './plot-figure';

const MAX_BARS = 20;

/** Agenda 2030: resources and collaborations per goal, and the goals nobody works on. */
export function SdgCoverage({ query }: FigureProps) {
  const { t, language } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('sdg-coverage', query);
  const title = t('insights.sdgCoverage.title');
  return (
    <FigureSection
      id="sdg-coverage"
      title={title}
      definition={t('insights.sdgCoverage.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.length === 0}
    >
      {(data) => {
        const goal = (sdg: number, name: string) => t('resource.sdg', { number: sdg, name });
        const uncovered = data.rows.filter((row) => !row.covered);
        const long = data.rows.flatMap((row) => [
          { goal: goal(row.sdg, localName(row, language)), series: t('insights.column.resources'), count: row.resources },
          { goal: goal(row.sdg, localName(row, language)), series: t('insights.column.collaborations'), count: row.collaborations },
        ]);
        return (
          <>
            <p className="insight-figure__callout">
              {uncovered.length === 0
                ? t('insights.sdgCoverage.allCovered')
                : t('insights.sdgCoverage.uncovered', {
                    count: uncovered.length,
                    goals: uncovered.map((row) => goal(row.sdg, localName(row, language))).join('; '),
                  })}
            </p>
            <PlotFigure
              label={title}
              options={{
                marginLeft: 300,
                x: { label: t('insights.column.count'), grid: true },
                y: { label: null, domain: data.rows.map((row) => goal(row.sdg, localName(row, language))) },
                color: { legend: true },
                marks: [Plot.barX(long, { y: 'goal', x: 'count', fill: 'series' }), Plot.ruleX([0])],
              }}
            />
            <DataTable
              caption={title}
              rows={data.rows}
              rowKey={(row) => String(row.sdg)}
              columns={[
                { header: t('insights.column.sdg'), cell: (row) => goal(row.sdg, localName(row, language)) },
                { header: t('insights.column.resources'), cell: (row) => n.count(row.resources), numeric: true },
                { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
                { header: t('insights.column.covered'), cell: (row) => (row.covered ? t('insights.yes') : t('insights.no')) },
              ]}
            />
          </>
        );
      }}
    </FigureSection>
  );
}

export function TechnologyAreas({ query }: FigureProps) {
  const { t, language } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('technology-areas', query);
  const title = t('insights.technologyAreas.title');
  return (
    <FigureSection
      id="technology-areas"
      title={title}
      definition={t('insights.technologyAreas.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.length === 0}
    >
      {(data) => {
        const top = data.rows.slice(0, MAX_BARS);
        const long = top.flatMap((row) => [
          { area: localName(row, language), series: t('insights.column.resources'), count: row.resources },
          { area: localName(row, language), series: t('insights.column.collaborations'), count: row.collaborations },
        ]);
        return (
          <>
            {data.rows.length > MAX_BARS && <p>{t('insights.topBars', { shown: MAX_BARS, total: data.rows.length })}</p>}
            <PlotFigure
              label={title}
              options={{
                marginLeft: 220,
                x: { label: t('insights.column.count'), grid: true },
                y: { label: null, domain: top.map((row) => localName(row, language)) },
                color: { legend: true },
                marks: [Plot.barX(long, { y: 'area', x: 'count', fill: 'series' }), Plot.ruleX([0])],
              }}
            />
            <DataTable
              caption={title}
              rows={data.rows}
              rowKey={(row) => row.code}
              columns={[
                { header: t('insights.column.technologyArea'), cell: (row) => localName(row, language) },
                { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
                { header: t('insights.column.resources'), cell: (row) => n.count(row.resources), numeric: true },
                { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
              ]}
            />
          </>
        );
      }}
    </FigureSection>
  );
}

export function KnowledgeAreas({ query }: FigureProps) {
  const { t, language } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('knowledge-areas', query);
  const title = t('insights.knowledgeAreas.title');
  return (
    <FigureSection
      id="knowledge-areas"
      title={title}
      definition={t('insights.knowledgeAreas.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.length === 0}
      emptyText={t('insights.noCollaborations')}
    >
      {(data) => (
        <>
          {data.rows.length > MAX_BARS && <p>{t('insights.topBars', { shown: MAX_BARS, total: data.rows.length })}</p>}
          <PlotFigure
            label={title}
            options={{
              marginLeft: 260,
              x: { label: t('insights.column.collaborations'), grid: true },
              y: { label: null, domain: data.rows.slice(0, MAX_BARS).map((row) => localName(row, language)) },
              marks: [
                Plot.barX(data.rows.slice(0, MAX_BARS), { y: (row) => localName(row, language), x: 'collaborations', fill: '#cc79a7' }),
                Plot.ruleX([0]),
              ],
            }}
          />
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => row.code}
            columns={[
              { header: t('insights.column.knowledgeArea'), cell: (row) => `${localName(row, language)} (${row.code})` },
              { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}

/** Pairs of technology and knowledge areas that meet in the same collaborations. */
export function AreaCoOccurrence({ query }: FigureProps) {
  const { t, language } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('area-co-occurrence', query);
  const title = t('insights.areaCoOccurrence.title');
  const name = (row: AreaCoOccurrenceRow, side: 'A' | 'B') =>
    localName({ nameSv: row[`nameSv${side}`], nameEn: row[`nameEn${side}`] }, language);
  const kind = (value: string) => (value === 'TECHNOLOGY' ? t('insights.areaKind.TECHNOLOGY') : t('insights.areaKind.KNOWLEDGE'));
  const pair = (row: AreaCoOccurrenceRow) => `${name(row, 'A')} + ${name(row, 'B')}`;
  return (
    <FigureSection
      id="area-co-occurrence"
      title={title}
      definition={t('insights.areaCoOccurrence.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.length === 0}
      emptyText={t('insights.noCollaborations')}
    >
      {(data) => (
        <>
          {data.rows.length > MAX_BARS && <p>{t('insights.topBars', { shown: MAX_BARS, total: data.rows.length })}</p>}
          <PlotFigure
            label={title}
            options={{
              marginLeft: 360,
              x: { label: t('insights.column.collaborations'), grid: true },
              y: { label: null, domain: data.rows.slice(0, MAX_BARS).map(pair) },
              marks: [Plot.barX(data.rows.slice(0, MAX_BARS), { y: pair, x: 'collaborations', fill: '#009e73' }), Plot.ruleX([0])],
            }}
          />
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => `${row.kindA}:${row.codeA}|${row.kindB}:${row.codeB}`}
            columns={[
              { header: t('insights.column.areaA'), cell: (row) => `${name(row, 'A')} (${kind(row.kindA)})` },
              { header: t('insights.column.areaB'), cell: (row) => `${name(row, 'B')} (${kind(row.kindB)})` },
              { header: t('insights.column.collaborations'), cell: (row) => n.count(row.collaborations), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}
