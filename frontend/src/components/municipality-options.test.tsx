import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MunicipalityOptions } from './municipality-options';

const MUNICIPALITIES = [
  { code: '2480', name: 'Umeå', shortName: 'Umeå', countyCode: '24', countyName: 'Västerbottens län' },
  { code: '2580', name: 'Luleå', shortName: 'Luleå', countyCode: '25', countyName: 'Norrbottens län' },
  { code: '2482', name: 'Skellefteå', shortName: 'Skellefteå', countyCode: '24', countyName: 'Västerbottens län' },
  { code: '2460', name: 'Vännäs', shortName: 'Vännäs', countyCode: '24', countyName: 'Västerbottens län' },
];

function renderSelect(exclude?: string[]) {
  render(
    <select aria-label="Municipality" defaultValue="">
      <option value="">None</option>
      <MunicipalityOptions municipalities={MUNICIPALITIES} exclude={exclude} />
    </select>,
  );
  return screen.getByRole('combobox', { name: 'Municipality' });
}

describe('MunicipalityOptions', () => {
  it('groups the municipalities by county, both in Swedish alphabetical order', () => {
    const select = renderSelect();
    const groups = within(select).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual(['Norrbottens län', 'Västerbottens län']);
    expect(within(groups[1]!).getAllByRole('option').map((option) => option.textContent)).toEqual(['Skellefteå', 'Umeå', 'Vännäs']);
    expect(within(groups[1]!).getByRole('option', { name: 'Umeå' })).toHaveValue('2480');
  });

  it('leaves out the municipalities already chosen', () => {
    const select = renderSelect(['2480', '2580']);
    expect(within(select).queryByRole('option', { name: 'Umeå' })).not.toBeInTheDocument();
    expect(within(select).queryByRole('option', { name: 'Luleå' })).not.toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'Vännäs' })).toBeInTheDocument();
  });
});
