import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { contrastRatio, DARK_TEXT, LIGHT_TEXT, SDG_COLOURS, sdgColour, textColourOn } from './sdg-colours';
import { SdgTile, SdgTileList } from './sdg-tile';

describe('the SDG palette', () => {
  it('has a colour for each of the 17 goals, as #RRGGBB', () => {
    expect(Object.keys(SDG_COLOURS).map(Number)).toEqual([...Array(17).keys()].map((index) => index + 1));
    for (const colour of Object.values(SDG_COLOURS)) expect(colour).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('gives every goal a text colour meeting WCAG AA (4.5:1) on its tile', () => {
    for (let goal = 1; goal <= 17; goal += 1) {
      const background = sdgColour(goal);
      expect(contrastRatio(background, textColourOn(background)), `goal ${goal}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('puts black text on the yellow of goal 7, where white would fail AA', () => {
    expect(contrastRatio(sdgColour(7), LIGHT_TEXT)).toBeLessThan(4.5);
    expect(textColourOn(sdgColour(7))).toBe(DARK_TEXT);
    expect(textColourOn(sdgColour(1))).toBe(LIGHT_TEXT);
  });

  it('computes the known extremes of the contrast ratio', () => {
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});

describe('SdgTile', () => {
  it('shows the number and the name on the goal’s colour, with the readable text colour', () => {
    render(
      <I18nProvider>
        <SdgTile number={7} name="Hållbar energi för alla" />
      </I18nProvider>,
    );
    const tile = screen.getByText('Mål 7').parentElement!;
    expect(tile).toHaveTextContent('Mål 7: Hållbar energi för alla');
    expect(tile).toHaveStyle({ backgroundColor: '#FCC30B', color: '#000000' });
  });

  it('marks a name in another language than the page’s', () => {
    render(
      <I18nProvider>
        <SdgTileList label="Goals" goals={[{ number: 3, name: 'Good health', nameLanguage: 'en' }, { number: 17 }]} />
      </I18nProvider>,
    );
    const list = screen.getByRole('list', { name: 'Goals' });
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByText('Good health')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Mål 17').parentElement).toHaveStyle({ backgroundColor: '#19486A', color: '#FFFFFF' });
  });
});
