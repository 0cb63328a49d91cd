import { describe, expect, it } from 'vitest';
import {
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
  hasActiveFilters,
  periodError,
  withFilter,
  withToggled,
} from './directory-filters';

const ACTOR = '6d1f3a2b-0c4e-4f5a-9b8c-7d6e5f4a3b2c';

function parse(query: string) {
  return filtersFromSearchParams(new URLSearchParams(query));
}

describe('the directory filters in the URL', () => {
  it('reads every filter, the repeatable ones in the order of their enums', () => {
    const filters = parse(
      `q=ai&crosses=PLACE&sector=PUBLIC&sector=BUSINESS&crosses=SECTOR&actor=${ACTOR}&county=24&municipality=2480&sdg=9` +
        '&technologyArea=ai&knowledgeArea=102&kind=PROJECT&status=ACTIVE&from=2026-01-01&to=2026-12-31&minScore=3',
    );
    expect(filters).toEqual({
      q: 'ai',
      actor: ACTOR,
      sector: ['BUSINESS', 'PUBLIC'],
      crosses: ['SECTOR', 'PLACE'],
      county: '24',
      municipality: '2480',
      sdg: '9',
      technologyArea: 'ai',
      knowledgeArea: '102',
      kind: 'PROJECT',
      status: 'ACTIVE',
      from: '2026-01-01',
      to: '2026-12-31',
      minScore: '3',
    });
  });

  it('drops values that cannot be right, so a hand-edited link still shows a directory', () => {
    const filters = parse(
      'sector=GOVERNMENT&crosses=TIME&crosses=SECTOR&sector=BUSINESS&sector=BUSINESS&actor=nope&county=2&municipality=248' +
        '&sdg=18&technologyArea=AI!&knowledgeArea=1020&kind=MEETING&status=DONE&from=2026-02-30&minScore=6',
    );
    expect(filters).toEqual({ q: '', sector: ['BUSINESS'], crosses: ['SECTOR'] });
  });

  it('accepts SSIF codes of every level: area, group and subject', () => {
    expect(parse('knowledgeArea=1').knowledgeArea).toBe('1');
    expect(parse('knowledgeArea=102').knowledgeArea).toBe('102');
    expect(parse('knowledgeArea=10201').knowledgeArea).toBe('10201');
    expect(parse('knowledgeArea=10').knowledgeArea).toBeUndefined();
  });

  it('writes one address per view: set filters only, in a fixed order, lists repeated', () => {
    const params = filtersToSearchParams({
      q: '  drönare ',
      minScore: '2',
      crosses: ['SECTOR', 'KNOWLEDGE'],
      sector: ['ACADEMIA'],
      kind: 'NETWORK',
    });
    expect(params.toString()).toBe('q=dr%C3%B6nare&sector=ACADEMIA&kind=NETWORK&crosses=SECTOR&crosses=KNOWLEDGE&minScore=2');
    expect(filtersFromSearchParams(params)).toEqual({
      q: 'drönare',
      sector: ['ACADEMIA'],
      kind: 'NETWORK',
      crosses: ['SECTOR', 'KNOWLEDGE'],
      minScore: '2',
    });
    expect(hasActiveFilters({ q: ' ', sector: [], crosses: [] })).toBe(false);
  });

  it('turns the filters into the API query with numbers where the API takes numbers', () => {
    expect(filtersToApiQuery(parse('q=ai&sector=BUSINESS&sector=ACADEMIA&sdg=11&minScore=3&crosses=PLACE&from=2026-01-01&to=2026-06-30'))).toEqual({
      q: 'ai',
      sector: ['BUSINESS', 'ACADEMIA'],
      sdg: 11,
      minScore: 3,
      crosses: ['PLACE'],
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(filtersToApiQuery(parse(''))).toEqual({});
  });

  it('leaves out an end before the start and says so', () => {
    const filters = parse('from=2026-06-01&to=2026-05-01');
    expect(periodError(filters)).toBe('toBeforeFrom');
    expect(filtersToApiQuery(filters)).toEqual({ from: '2026-06-01' });
    expect(periodError(parse('from=2026-05-01&to=2026-05-01'))).toBeUndefined();
  });

  it('drops a municipality outside a newly chosen county, and clears a filter with an empty value', () => {
    const county = (code: string) => (code === '2480' ? '24' : '25');
    const filters = parse('municipality=2480&kind=PROJECT');
    expect(withFilter(filters, 'county', '25', county)).toEqual({ q: '', sector: [], crosses: [], county: '25', kind: 'PROJECT' });
    expect(withFilter(filters, 'county', '24', county).municipality).toBe('2480');
    expect(withFilter(filters, 'kind', '')).toEqual({ q: '', sector: [], crosses: [], municipality: '2480' });
    // The search text keeps its spaces while someone types.
    expect(withFilter(filters, 'q', 'ai ').q).toBe('ai ');
  });

  it('switches one value of a repeatable filter on and off', () => {
    const filters = parse('crosses=SECTOR');
    const on = withToggled(filters, 'crosses', 'PLACE', true);
    expect(on.crosses).toEqual(['SECTOR', 'PLACE']);
    expect(withToggled(on, 'crosses', 'SECTOR', false).crosses).toEqual(['PLACE']);
    expect(withToggled(filters, 'sector', 'CIVIL', true).sector).toEqual(['CIVIL']);
  });
});
