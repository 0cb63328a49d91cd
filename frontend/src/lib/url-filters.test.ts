import { describe, expect, it } from 'vitest';
import { COUNTY_CODE, isIsoDate, matching, MUNICIPALITY_CODE, SDG_NUMBER, UUID, VOCABULARY_CODE, withUrlFilter, type FilterCodec } from './url-filters';

interface Filters {
  q: string;
  county?: string;
  municipality?: string;
  kind?: string;
}

// A small feature's codec, written out so the test shows what withUrlFilter relies on.
const CODEC: FilterCodec<Filters> = {
  fromSearchParams(params) {
    const filters: Filters = { q: params.get('q') ?? '' };
    const county = matching(params.get('county'), COUNTY_CODE);
    if (county) filters.county = county;
    const municipality = matching(params.get('municipality'), MUNICIPALITY_CODE);
    if (municipality) filters.municipality = municipality;
    const kind = matching(params.get('kind'), VOCABULARY_CODE);
    if (kind) filters.kind = kind;
    return filters;
  },
  toSearchParams(filters) {
    const params = new URLSearchParams();
    for (const name of ['q', 'county', 'municipality', 'kind'] as const) {
      const value = name === 'q' ? filters.q.trim() : filters[name];
      if (value) params.set(name, value);
    }
    return params;
  },
};

const COUNTY_OF: Record<string, string> = { '2480': '24', '0180': '01' };
const countyOf = (code: string) => COUNTY_OF[code];

describe('withUrlFilter', () => {
  it('sets, replaces and clears one filter, keeping the others', () => {
    const start: Filters = { q: 'ai', kind: 'testbed' };
    expect(withUrlFilter(start, 'county', '24', CODEC)).toEqual({ q: 'ai', kind: 'testbed', county: '24' });
    expect(withUrlFilter(start, 'kind', 'lab', CODEC)).toEqual({ q: 'ai', kind: 'lab' });
    expect(withUrlFilter(start, 'kind', '', CODEC)).toEqual({ q: 'ai' });
  });

  it('drops a value the URL would not accept, as a hand-edited link would', () => {
    expect(withUrlFilter({ q: '' }, 'county', 'Västerbotten', CODEC)).toEqual({ q: '' });
  });

  it('keeps the spaces of the search text while someone types', () => {
    expect(withUrlFilter({ q: '' }, 'q', 'digital ', CODEC).q).toBe('digital ');
  });

  it('drops a municipality outside a newly chosen county, and keeps one inside it', () => {
    const inUmea: Filters = { q: '', municipality: '2480' };
    expect(withUrlFilter(inUmea, 'county', '01', CODEC, countyOf)).toEqual({ q: '', county: '01' });
    expect(withUrlFilter(inUmea, 'county', '24', CODEC, countyOf)).toEqual({ q: '', county: '24', municipality: '2480' });
    // Without the municipalities' counties known yet, nothing is dropped.
    expect(withUrlFilter(inUmea, 'county', '01', CODEC)).toEqual({ q: '', county: '01', municipality: '2480' });
  });
});

describe('the URL value checks', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
  });

  it('keeps a value only when it has the expected form', () => {
    expect(matching('24', COUNTY_CODE)).toBe('24');
    expect(matching('245', COUNTY_CODE)).toBeUndefined();
    expect(matching(null, COUNTY_CODE)).toBeUndefined();
    expect(matching('17', SDG_NUMBER)).toBe('17');
    expect(matching('18', SDG_NUMBER)).toBeUndefined();
    expect(matching('0', SDG_NUMBER)).toBeUndefined();
    expect(matching('ai-and-data', VOCABULARY_CODE)).toBe('ai-and-data');
    expect(matching('AI', VOCABULARY_CODE)).toBeUndefined();
    expect(matching('3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c01', UUID)).toBeDefined();
    expect(matching('not-a-uuid', UUID)).toBeUndefined();
  });
});
