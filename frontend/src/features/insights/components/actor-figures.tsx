import * as Plot from '@observablehq/plot';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { SECTOR_COLOURS } from '../colours';
import { labelOf, type FigureProps } from '../figures-props';
import { monthAxis, monthDate } from '../format';
import { SECTORS } from '../model';
import { useFigure, useNumbers } from '../use-figure';
import { DataTable } from './data-table';
import { FigureSection } from './figure-section';
import { PlotFigure } from './plot-figure';

/** The bar charts draw at most this many bars; the table lists all. */
const MAX_BARS = 25;

function useSectorScale() {
  const { t } = useI18n();
  return {
    label: (sector: string) => labelOf(t, `sector.${sector}`, sector),
    color: { domain: SECTORS.map((s) => t(`sector.${s}`)), range: SECTORS.map((s) => SECTOR_COLOURS[s]), legend: true },
  };
}

export function ActorsBySector({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const sector = useSectorScale();
  const { result, csv } = useFigure('actors-by-sector', query);
  const title = t('insights.actorsBySector.title');
  return (
    <FigureSection
      id="actors-by-sector"
      title={title}
      definition={t('insights.actorsBySector.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.every((row) => row.actors === 0)}
    >
      {(data) => (
        <>
          <PlotFigure
            label={title}
            options={{
              marginLeft: 130,
              x: { label: t('insights.column.actors'), grid: true },
              y: { label: null },
              color: sector.color,
              marks: [
                Plot.barX(data.rows, { y: (row) => sector.label(row.sector), x: 'actors', fill: (row) => sector.label(row.sector) }),
                Plot.ruleX([0]),
              ],
            }}
          />
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => row.sector}
            columns={[
              { header: t('insights.column.sector'), cell: (row) => sector.label(row.sector) },
              { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}

export function ActorsByKind({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const sector = useSectorScale();
  const { result, csv } = useFigure('actors-by-kind', query);
  const title = t('insights.actorsByKind.title');
  const kind = (value: string) => labelOf(t, `actorKind.${value}`, value);
  return (
    <FigureSection
      id="actors-by-kind"
      title={title}
      definition={t('insights.actorsByKind.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.every((row) => row.actors === 0)}
    >
      {(data) => (
        <>
          <PlotFigure
            label={title}
            options={{
              marginLeft: 200,
              x: { label: t('insights.column.actors'), grid: true },
              y: { label: null },
              color: sector.color,
              marks: [
                Plot.barX(data.rows, { y: (row) => kind(row.kind), x: 'actors', fill: (row) => sector.label(row.sector), sort: { y: '-x' } }),
                Plot.ruleX([0]),
              ],
            }}
          />
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => row.kind}
            columns={[
              { header: t('insights.column.kind'), cell: (row) => kind(row.kind) },
              { header: t('insights.column.sector'), cell: (row) => sector.label(row.sector) },
              { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}

export function ActorsByCounty({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('actors-by-county', query);
  const title = t('insights.actorsByCounty.title');
  return (
    <FigureSection
      id="actors-by-county"
      title={title}
      definition={t('insights.actorsByCounty.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.length === 0}
    >
      {(data) => (
        <>
          <PlotFigure
            label={title}
            options={{
              marginLeft: 170,
              x: { label: t('insights.column.actors'), grid: true },
              y: { label: null },
              marks: [Plot.barX(data.rows, { y: 'countyName', x: 'actors', fill: '#0072b2', sort: { y: '-x' } }), Plot.ruleX([0])],
            }}
          />
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => row.countyCode}
            columns={[
              { header: t('insights.column.county'), cell: (row) => row.countyName },
              { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}

export function ActorsByMunicipality({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('actors-by-municipality', query);
  const title = t('insights.actorsByMunicipality.title');
  return (
    <FigureSection
      id="actors-by-municipality"
      title={title}
      definition={t('insights.actorsByMunicipality.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.length === 0}
    >
      {(data) => (
        <>
          {data.rows.length > MAX_BARS && <p>{t('insights.topBars', { shown: MAX_BARS, total: data.rows.length })}</p>}
          <PlotFigure
            label={title}
            options={{
              marginLeft: 150,
              x: { label: t('insights.column.actors'), grid: true },
              y: { label: null },
              marks: [
                Plot.barX(data.rows.slice(0, MAX_BARS), { y: 'municipalityName', x: 'actors', fill: '#0072b2', sort: { y: '-x' } }),
                Plot.ruleX([0]),
              ],
            }}
          />
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => row.municipalityCode}
            columns={[
              { header: t('insights.column.municipality'), cell: (row) => row.municipalityName },
              { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}

export function ActorsJoined({ query }: FigureProps) {
  const { t } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure('actors-joined', query);
  const title = t('insights.actorsJoined.title');
  return (
    <FigureSection
      id="actors-joined"
      title={title}
      definition={t('insights.actorsJoined.definition')}
      csvHref={csv}
      query={result}
      isEmpty={(data) => data.rows.length === 0}
    >
      {(data) => (
        <>
          <PlotFigure
            label={title}
            options={{
              x: monthAxis(data.rows.map((row) => row.month)),
              y: { label: t('insights.column.actors'), grid: true },
              marks: [
                Plot.rectY(data.rows, { x: (row) => monthDate(row.month), y: 'joined', interval: 'month', fill: '#cc79a7', inset: 1 }),
                Plot.lineY(data.rows, { x: (row) => monthDate(row.month), y: 'total', stroke: '#0072b2', strokeWidth: 2 }),
                Plot.dot(data.rows, { x: (row) => monthDate(row.month), y: 'total', fill: '#0072b2', r: 2.5 }),
                Plot.ruleY([0]),
              ],
            }}
          />
          <p className="insight-figure__legend">{t('insights.actorsJoined.legend')}</p>
          <DataTable
            caption={title}
            rows={data.rows}
            rowKey={(row) => row.month}
            columns={[
              { header: t('insights.column.month'), cell: (row) => row.month },
              { header: t('insights.column.joined'), cell: (row) => n.count(row.joined), numeric: true },
              { header: t('insights.column.total'), cell: (row) => n.count(row.total), numeric: true },
            ]}
          />
        </>
      )}
    </FigureSection>
  );
}
