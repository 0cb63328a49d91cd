/**
 * The 17 goals' official colours, as the UN publishes them in its SDG guidelines for the use of
 * the logo and icons ("Sustainable Development Goals: Guidelines for the use of the SDG logo,
 * including the colour wheel, and 17 icons", UN Department of Global Communications, colour
 * table "SDG colour codes": un.org/sustainabledevelopment/news/communications-material/).
 * /work/shared/data/sdgs.csv holds the goals' names only, so the palette lives here as data.
 */
export const SDG_COLOURS: Readonly<Record<number, string>> = {
  1: '#E5243B',
  2: '#DDA63A',
  3: '#4C9F38',
  4: '#C5192D',
  5: '#FF3A21',
  6: '#26BDE2',
  7: '#FCC30B',
  8: '#A21942',
  9: '#FD6925',
  10: '#DD1367',
  11: '#FD9D24',
  12: '#BF8B2E',
  13: '#3F7E44',
  14: '#0A97D9',
  15: '#56C02B',
  16: '#00689D',
  17: '#19486A',
};

/** A neutral grey for a number outside 1–17 (never expected, but the tile must still render). */
const UNKNOWN_GOAL_COLOUR = '#5A5A5A';

export const LIGHT_TEXT = '#FFFFFF';
export const DARK_TEXT = '#000000';

export function sdgColour(number: number): string {
  return SDG_COLOURS[number] ?? UNKNOWN_GOAL_COLOUR;
}

/** WCAG 2 relative luminance of a #RRGGBB colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio between two #RRGGBB colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const a = relativeLuminance(first);
  const b = relativeLuminance(second);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG AA's minimum contrast for normal-sized text. */
export const AA_CONTRAST = 4.5;

/**
 * The UN's own icons put white text on every goal; we keep white where it meets WCAG AA (4.5:1)
 * and switch to black where it does not: the yellows, oranges, greens and light blues (goals 2, 3,
 * 5, 6, 7, 9, 11, 12, 14 and 15) are too light for white text.
 */
export function textColourOn(background: string): string {
  return contrastRatio(background, LIGHT_TEXT) >= AA_CONTRAST ? LIGHT_TEXT : DARK_TEXT;
}
