import { describe, expect, it } from 'vitest';
import {
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
  hasActiveFilters,
  withFilter,
} from './directory-filters';

describe('directory filters and the URL', () => {
  it('reads every filter from the query string', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('q=science+park&sector=BUSINESS&kind=SCIENCE_PARK&county=24&municipality=2480&technologyArea=ai'),
    );
    expect(filters).toEqual({
      q: 'science park',
      sector: 'BUSINESS',
      kind: 'SCIENCE_PARK',
      county: '24',
      municipality: '2480',
      technologyArea: 'ai',
    });
  });

  it('reads an empty query string as no filters', () => {
    const filters = filtersFromSearchParams(new URLSearchParams(''));
    expect(filters).toEqual({ q: '' });
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('drops values that cannot be right instead of sending them to the API', () => {
    expect(
      filtersFromSearchParams(
        new URLSearchParams('sector=PIRATES&kind=company&county=2&municipality=Umeå&technologyArea=AI!'),
      ),
    ).toEqual({ q: '' });
  });

  it('writes only the set filters, in a stable order, with the search text trimmed', () => {
    const params = filtersToSearchParams({ technologyArea: 'iot', q: '  rise ', county: '24' });
    expect(params.toString()).toBe('q=rise&county=24&technologyArea=iot');
    expect(filtersToSearchParams({ q: '   ' }).toString()).toBe('');
  });

  it('survives a round trip through the URL', () => {
    const filters = { q: 'umeå', sector: 'ACADEMIA', kind: 'UNIVERSITY', municipality: '2480' } as const;
    expect(filtersFromSearchParams(filtersToSearchParams(filters))).toEqual(filters);
  });

  it('asks the API with the same names and leaves out what is not set', () => {
    expect(filtersToApiQuery({ q: ' lab ', county: '25', technologyArea: 'ai' })).toEqual({
      q: 'lab',
      county: '25',
      technologyArea: 'ai',
    });
    expect(filtersToApiQuery({ q: '' })).toEqual({});
  });
});

describe('changing one filter', () => {
  const countyOf = (code: string) => code.slice(0, 2);

  it('sets and clears a value', () => {
    const set = withFilter({ q: '' }, 'kind', 'COMPANY');
    expect(set).toEqual({ q: '', kind: 'COMPANY' });
    expect(withFilter(set, 'kind', '')).toEqual({ q: '' });
  });

  it('keeps the spaces of the search text while typing', () => {
    expect(withFilter({ q: '', county: '24' }, 'q', 'science ')).toEqual({ q: 'science ', county: '24' });
  });

  it('drops a municipality outside a newly chosen county, and keeps one inside', () => {
    expect(withFilter({ q: '', municipality: '2480' }, 'county', '25', countyOf)).toEqual({ q: '', county: '25' });
    expect(withFilter({ q: '', municipality: '2480' }, 'county', '24', countyOf)).toEqual({
      q: '',
      county: '24',
      municipality: '2480',
    });
  });

  it('drops a kind of another sector when the sector changes', () => {
    expect(withFilter({ q: '', kind: 'UNIVERSITY' }, 'sector', 'BUSINESS')).toEqual({ q: '', sector: 'BUSINESS' });
    expect(withFilter({ q: '', kind: 'INVESTOR' }, 'sector', 'BUSINESS')).toEqual({
      q: '',
      sector: 'BUSINESS',
      kind: 'INVESTOR',
    });
  });
});
