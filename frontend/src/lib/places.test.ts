import { describe, expect, it } from 'vitest';
import { countiesOf } from './places';

const municipality = (code: string, name: string, countyCode: string, countyName: string) => ({ code, name, shortName: name, countyCode, countyName });

describe('countiesOf', () => {
  it('names each county once, in Swedish alphabetical order', () => {
    const counties = countiesOf([
      municipality('2480', 'Umeå', '24', 'Västerbottens län'),
      municipality('2580', 'Luleå', '25', 'Norrbottens län'),
      municipality('2482', 'Skellefteå', '24', 'Västerbottens län'),
      municipality('2283', 'Sollefteå', '22', 'Västernorrlands län'),
      municipality('2380', 'Östersund', '23', 'Jämtlands län'),
    ]);
    expect(counties).toEqual([
      { code: '23', name: 'Jämtlands län' },
      { code: '25', name: 'Norrbottens län' },
      { code: '24', name: 'Västerbottens län' },
      { code: '22', name: 'Västernorrlands län' },
    ]);
  });

  it('has no counties without municipalities', () => {
    expect(countiesOf([])).toEqual([]);
  });
});
