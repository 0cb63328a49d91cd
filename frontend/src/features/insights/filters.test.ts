import { describe, expect, it } from 'vitest';
import { csvHref, filtersFromSearchParams, filtersToApiQuery, filtersToSearchParams, withFilter } from './filters';

describe('the insights filters in the URL', () => {
  it('keeps the values that can be right, in one order, and drops the rest', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('sector=PUBLIC&sdg=18&county=24&municipality=umea&knowledgeArea=102&technologyArea=ai&from=2026-02-30&to=2026-11-30&x=1'),
    );

    expect(filters).toEqual({ county: '24', knowledgeArea: '102', technologyArea: 'ai', sector: 'PUBLIC', to: '2026-11-30' });
    expect(filtersToSearchParams(filters).toString()).toBe('to=2026-11-30&county=24&technologyArea=ai&knowledgeArea=102&sector=PUBLIC');
  });

  it('drops a municipality outside a newly chosen county, and clears a filter set to empty', () => {
    const county = (code: string) => ({ '2480': '24', '2580': '25' })[code];
    const filters = { county: '24', municipality: '2480', sdg: '9' };

    expect(withFilter(filters, 'county', '25', county)).toEqual({ county: '25', sdg: '9' });
    expect(withFilter(filters, 'county', '24', county)).toEqual(filters);
    expect(withFilter(filters, 'sdg', '')).toEqual({ county: '24', municipality: '2480' });
  });

  it('does not ask the API with a period that ends before it starts', () => {
    expect(filtersToApiQuery({ from: '2026-05-01', to: '2026-04-01' })).toEqual({ from: '2026-05-01' });
  });

  it('builds the CSV link with the same filters and format=csv', () => {
    expect(csvHref('http://api.test', 'actors-by-sector', { sector: 'ACADEMIA', from: '2026-01-01' })).toBe(
      'http://api.test/api/v1/insights/actors-by-sector?from=2026-01-01&sector=ACADEMIA&format=csv',
    );
    expect(csvHref('http://api.test', 'network', {})).toBe('http://api.test/api/v1/insights/network?format=csv');
  });
});
