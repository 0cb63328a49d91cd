import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

/**
 * Plot labels each group of marks (aria-label="bar", "tick"…) on plain <g> elements, where ARIA
 * forbids a name. The chart is one image named like its figure; its table carries the numbers for
 * assistive technology, so the inner names go.
 */
function presentAsOneImage(chart: Element, label: string) {
  for (const element of chart.querySelectorAll('[aria-label], [aria-description]')) {
    if (element.tagName.toLowerCase() === 'svg' && element.getAttribute('aria-label') === label) continue;
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector(`svg[aria-label]`);
  svg?.setAttribute('role', 'img');
}

/** The narrowest the bars' own area may be, in pixels, whatever the labels beside it take. */
const MIN_PLOT_AREA = 160;

/**
 * An Observable Plot chart drawn into a div that React owns the box of and Plot the inside. The
 * chart is for the eye; its figure's table beside it carries the same numbers for everyone else,
 * so a chart that cannot be drawn leaves the table to speak.
 */
export function PlotFigure({ options, label }: { options: Plot.PlotOptions; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let chart: Element | undefined;
    try {
      // Wide names take a wide left margin: on a phone the chart is drawn wider than the screen
      // (and scaled down by CSS) rather than with a plot area of negative width.
      const margins = (options.marginLeft ?? 0) + (options.marginRight ?? 0);
      const width = Math.max(320, margins + MIN_PLOT_AREA, Math.min(container.clientWidth || 640, 960));
      chart = Plot.plot({ width, ...options, ariaLabel: label });
      presentAsOneImage(chart, label);
      container.replaceChildren(chart);
    } catch {
      container.replaceChildren();
    }
    return () => chart?.remove();
  }, [options, label]);
  return <div ref={ref} className="plot-figure" />;
}
