import * as Plot from '@observablehq/plot';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlotFigure } from './plot-figure';

const rows = [
  { name: 'Näringsliv, akademi och offentlig sektor tillsammans', collaborations: 7 },
  { name: 'Sektorsgränser', collaborations: 3 },
];

describe('a chart on a phone-wide screen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is drawn wide enough for its labels and a plot area, never with bars of negative width', () => {
    // The figure's box on a 360 px phone, after the page's padding.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
    const options: Plot.PlotOptions = {
      marginLeft: 300,
      marks: [Plot.barX(rows, { y: 'name', x: 'collaborations' })],
    };

    const { container } = render(<PlotFigure options={options} label="Samverkan per gräns" />);

    const svg = container.querySelector('svg[role="img"]');
    expect(svg).toHaveAttribute('aria-label', 'Samverkan per gräns');
    expect(Number(svg?.getAttribute('width'))).toBeGreaterThanOrEqual(300 + 160);
    const widths = [...container.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.every((width) => width >= 0)).toBe(true);
  });
});
