import type * as Plot from '@observablehq/plot';
import type { ReactNode } from 'react';
import type { Language } from '../../../lib/i18n/languages';
import { useI18n, type I18n } from '../../../lib/i18n/i18n-context';
import type { MessageKey } from '../../../lib/i18n/messages';
import type { InsightFilters } from '../filters';
import type { Envelope, FigureName, FigureRows } from '../model';
import { useFigure, useNumbers } from '../use-figure';
import { DataTable, type Column } from './data-table';
import { FigureSection } from './figure-section';
import { PlotFigure } from './plot-figure';

/** The message prefix of a figure with both a title and a definition: "actorsBySector" for insights.actorsBySector.*. */
export type FigureText = {
  [K in MessageKey]: K extends `insights.${infer N}.title` ? (`insights.${N}.definition` extends MessageKey ? N : never) : never;
}[MessageKey];

/** What a figure's declarations get to word and format their numbers. */
export interface FigureTools {
  t: I18n['t'];
  language: Language;
  n: ReturnType<typeof useNumbers>;
}

export type FigureData<F extends FigureName> = Envelope<FigureRows[F]>;

export interface InsightFigureProps<F extends FigureName, R> {
  /** The API figure, and the section's id unless `id` says otherwise. */
  figure: F;
  id?: string;
  query: InsightFilters;
  text: FigureText;
  /** Nothing to show; by default, no rows. */
  isEmpty?: (data: FigureData<F>) => boolean;
  emptyText?: MessageKey;
  /** A sentence above the chart. */
  callout?: (data: FigureData<F>, tools: FigureTools) => ReactNode;
  /** The chart draws at most this many bars (of the table's rows), and says so above it. */
  maxBars?: number;
  chart: (data: FigureData<F>, tools: FigureTools) => Plot.PlotOptions;
  /** A sentence under the chart naming its marks. */
  legend?: MessageKey;
  /** The table's rows; by default the figure's rows. */
  rows?: (data: FigureData<F>) => readonly R[];
  rowKey: (row: R) => string;
  columns: (data: FigureData<F>, tools: FigureTools) => readonly Column<R>[];
}

/**
 * One figure of the dashboard as a declaration: it loads with the filters on screen, says loading,
 * failure and "nothing yet" in place, and shows its chart, its table (caption = title) and its CSV.
 */
export function InsightFigure<F extends FigureName, R = FigureRows[F]>(props: InsightFigureProps<F, R>) {
  const { t, language } = useI18n();
  const n = useNumbers();
  const { result, csv } = useFigure(props.figure, props.query);
  const tools: FigureTools = { t, language, n };
  const title = t(`insights.${props.text}.title` as MessageKey);
  const rowsOf = (data: FigureData<F>) => (props.rows ? props.rows(data) : (data.rows as readonly unknown[] as readonly R[]));
  return (
    <FigureSection
      id={props.id ?? props.figure}
      title={title}
      definition={t(`insights.${props.text}.definition` as MessageKey)}
      csvHref={csv}
      query={result}
      isEmpty={props.isEmpty ?? ((data) => data.rows.length === 0)}
      emptyText={props.emptyText && t(props.emptyText)}
    >
      {(data) => {
        const rows = rowsOf(data);
        const { maxBars } = props;
        return (
          <>
            {props.callout && <p className="insight-figure__callout">{props.callout(data, tools)}</p>}
            {maxBars !== undefined && rows.length > maxBars && <p>{t('insights.topBars', { shown: maxBars, total: rows.length })}</p>}
            <PlotFigure label={title} options={props.chart(data, tools)} />
            {props.legend && <p className="insight-figure__legend">{t(props.legend)}</p>}
            <DataTable caption={title} rows={rows} rowKey={props.rowKey} columns={props.columns(data, tools)} />
          </>
        );
      }}
    </FigureSection>
  );
}
