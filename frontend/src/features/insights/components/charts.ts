import * as Plot from '@observablehq/plot';
import { monthAxis, monthDate } from '../format';

/** Horizontal bars from zero: the category on y, a count on x. */
export function horizontalBars({ marginLeft, xLabel, y, color, bars }: {
  marginLeft: number;
  xLabel: string;
  y?: Plot.ScaleOptions;
  color?: Plot.ScaleOptions;
  bars: Plot.Markish;
}): Plot.PlotOptions {
  return {
    marginLeft,
    x: { label: xLabel, grid: true },
    y: { label: null, ...y },
    ...(color && { color }),
    marks: [bars, Plot.ruleX([0])],
  };
}

/** Per month: bars of what started (pink) and a line with dots of the running level (blue). */
export function monthlyBarsAndLine<R extends { month: string }>(rows: readonly R[], { yLabel, bar, line }: {
  yLabel: string;
  bar: keyof R & string;
  line: keyof R & string;
}): Plot.PlotOptions {
  return {
    x: monthAxis(rows.map((row) => row.month)),
    y: { label: yLabel, grid: true },
    marks: [
      Plot.rectY(rows, { x: (row: R) => monthDate(row.month), y: bar, interval: 'month', fill: '#cc79a7', inset: 1 }),
      Plot.lineY(rows, { x: (row: R) => monthDate(row.month), y: line, stroke: '#0072b2', strokeWidth: 2 }),
      Plot.dot(rows, { x: (row: R) => monthDate(row.month), y: line, fill: '#0072b2', r: 2.5 }),
      Plot.ruleY([0]),
    ],
  };
}
