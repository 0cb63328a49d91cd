import * as Plot from '@observablehq/plot';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { SECTOR_COLOURS } from '../colours';
import { labelOf, type FigureProps } from '../figures-props';
import { SECTORS } from '../model';
import { horizontalBars, monthlyBarsAndLine } from './charts';
import { InsightFigure } from './insight-figure';

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
  const sector = useSectorScale();
  return (
    <InsightFigure
      figure="actors-by-sector"
      query={query}
      text="actorsBySector"
      isEmpty={(data) => data.rows.every((row) => row.actors === 0)}
      chart={(data, { t }) =>
        horizontalBars({
          marginLeft: 130,
          xLabel: t('insights.column.actors'),
          color: sector.color,
          bars: Plot.barX(data.rows, {
            y: (row: (typeof data.rows)[number]) => sector.label(row.sector),
            x: 'actors',
            fill: (row: (typeof data.rows)[number]) => sector.label(row.sector),
          }),
        })
      }
      rowKey={(row) => row.sector}
      columns={(_, { t, n }) => [
        { header: t('insights.column.sector'), cell: (row) => sector.label(row.sector) },
        { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
      ]}
    />
  );
}

export function ActorsByKind({ query }: FigureProps) {
  const { t } = useI18n();
  const sector = useSectorScale();
  const kind = (value: string) => labelOf(t, `actorKind.${value}`, value);
  return (
    <InsightFigure
      figure="actors-by-kind"
      query={query}
      text="actorsByKind"
      isEmpty={(data) => data.rows.every((row) => row.actors === 0)}
      chart={(data) =>
        horizontalBars({
          marginLeft: 200,
          xLabel: t('insights.column.actors'),
          color: sector.color,
          bars: Plot.barX(data.rows, {
            y: (row: (typeof data.rows)[number]) => kind(row.kind),
            x: 'actors',
            fill: (row: (typeof data.rows)[number]) => sector.label(row.sector),
            sort: { y: '-x' },
          }),
        })
      }
      rowKey={(row) => row.kind}
      columns={(_, { n }) => [
        { header: t('insights.column.kind'), cell: (row) => kind(row.kind) },
        { header: t('insights.column.sector'), cell: (row) => sector.label(row.sector) },
        { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
      ]}
    />
  );
}

export function ActorsByCounty({ query }: FigureProps) {
  return (
    <InsightFigure
      figure="actors-by-county"
      query={query}
      text="actorsByCounty"
      chart={(data, { t }) =>
        horizontalBars({
          marginLeft: 170,
          xLabel: t('insights.column.actors'),
          bars: Plot.barX(data.rows, { y: 'countyName', x: 'actors', fill: '#0072b2', sort: { y: '-x' } }),
        })
      }
      rowKey={(row) => row.countyCode}
      columns={(_, { t, n }) => [
        { header: t('insights.column.county'), cell: (row) => row.countyName },
        { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
      ]}
    />
  );
}

export function ActorsByMunicipality({ query }: FigureProps) {
  return (
    <InsightFigure
      figure="actors-by-municipality"
      query={query}
      text="actorsByMunicipality"
      maxBars={MAX_BARS}
      chart={(data, { t }) =>
        horizontalBars({
          marginLeft: 150,
          xLabel: t('insights.column.actors'),
          bars: Plot.barX(data.rows.slice(0, MAX_BARS), { y: 'municipalityName', x: 'actors', fill: '#0072b2', sort: { y: '-x' } }),
        })
      }
      rowKey={(row) => row.municipalityCode}
      columns={(_, { t, n }) => [
        { header: t('insights.column.municipality'), cell: (row) => row.municipalityName },
        { header: t('insights.column.actors'), cell: (row) => n.count(row.actors), numeric: true },
      ]}
    />
  );
}

export function ActorsJoined({ query }: FigureProps) {
  return (
    <InsightFigure
      figure="actors-joined"
      query={query}
      text="actorsJoined"
      chart={(data, { t }) => monthlyBarsAndLine(data.rows, { yLabel: t('insights.column.actors'), bar: 'joined', line: 'total' })}
      legend="insights.actorsJoined.legend"
      rowKey={(row) => row.month}
      columns={(_, { t, n }) => [
        { header: t('insights.column.month'), cell: (row) => row.month },
        { header: t('insights.column.joined'), cell: (row) => n.count(row.joined), numeric: true },
        { header: t('insights.column.total'), cell: (row) => n.count(row.total), numeric: true },
      ]}
    />
  );
}
