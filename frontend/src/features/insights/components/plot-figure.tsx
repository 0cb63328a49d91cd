import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

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
      const width = Math.max(320, Math.min(container.clientWidth || 640, 960));
      chart = Plot.plot({ width, ...options, ariaLabel: label });
      container.replaceChildren(chart);
    } catch {
      container.replaceChildren();
    }
    return () => chart?.remove();
  }, [options, label]);
  return <div ref={ref} className="plot-figure" />;
}
