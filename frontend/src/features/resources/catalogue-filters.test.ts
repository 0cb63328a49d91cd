import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../lib/url-filters';
import {
  addDays,
  addYears,
  dateRangeError,
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
  hasActiveFilters,
  todayInStockholm,
  withFilter,
} from './catalogue-filters';

const ACTOR_ID = '3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c01';
const TODAY = '2026-03-10';

describe('catalogue filters and the URL', () => {
  it('reads every filter from the query string, with the API names', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams(
        `q=drönare&family=INNOVATION&kind=TESTBED&technologyArea=ai&sdg=9&county=24&municipality=2480` +
          `&access=OPEN&tag=5g&from=2026-04-01&to=2026-04-30&actor=${ACTOR_ID}`,
      ),
    );
    expect(filters).toEqual({
      q: 'drönare',
      family: 'INNOVATION',
      kind: 'TESTBED',
      technologyArea: 'ai',
      sdg: '9',
      county: '24',
      municipality: '2480',
      access: 'OPEN',
      tag: '5g',
      from: '2026-04-01',
      to: '2026-04-30',
      actor: ACTOR_ID,
    });
  });

  it('drops values that cannot be right instead of sending them on', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('kind=ROCKET&family=x&sdg=18&county=2&municipality=abcd&access=ALL&from=2025-02-30&to=soon&actor=42'),
    );
    expect(filters).toEqual({ q: '' });
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('writes set filters only, in one order, and survives a round trip', () => {
    const filters = { q: ' lab ', to: '2026-04-30', kind: 'LAB', sdg: '3', actor: ACTOR_ID } as const;
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe(`q=lab&kind=LAB&sdg=3&to=2026-04-30&actor=${ACTOR_ID}`);
    expect(filtersFromSearchParams(params)).toEqual({ ...filters, q: 'lab' });
  });

  it('asks the API with the same names, the actor as a list and an inclusive end date', () => {
    expect(
      filtersToApiQuery(
        { q: ' 5g ', kind: 'EVENT', from: '2026-04-01', to: '2026-04-30', actor: ACTOR_ID, sdg: '9', access: 'OPEN' },
        TODAY,
      ),
    ).toEqual({
      q: '5g',
      kind: 'EVENT',
      sdg: '9',
      access: 'OPEN',
      actor: [ACTOR_ID],
      from: '2026-04-01',
      // The API's `to` is exclusive: the whole of 30 April is included.
      to: '2026-05-01',
    });
    expect(filtersToApiQuery({ q: '' }, TODAY)).toEqual({});
  });

  it('counts an end date without a start from today', () => {
    expect(filtersToApiQuery({ q: '', to: '2026-03-31' }, TODAY)).toEqual({ from: TODAY, to: '2026-04-01' });
  });

  it('leaves out a range the API would refuse, and says what is wrong with it', () => {
    const backwards = { q: '', from: '2026-04-30', to: '2026-04-01' };
    expect(dateRangeError(backwards, TODAY)).toBe('toBeforeFrom');
    expect(filtersToApiQuery(backwards, TODAY)).toEqual({ from: '2026-04-30' });

    const tooLong = { q: '', from: '2026-04-01', to: '2028-04-01' };
    expect(dateRangeError(tooLong, TODAY)).toBe('rangeTooLong');
    expect(filtersToApiQuery(tooLong, TODAY)).toEqual({ from: '2026-04-01' });

    expect(dateRangeError({ q: '', from: '2026-04-01', to: '2028-03-31' }, TODAY)).toBeUndefined();
    expect(dateRangeError({ q: '', to: '2026-03-09' }, TODAY)).toBe('toBeforeFrom');
  });
});

describe('changing one catalogue filter', () => {
  const countyOf = (code: string) => code.slice(0, 2);

  it('sets and clears a value', () => {
    const set = withFilter({ q: '' }, 'access', 'BY_AGREEMENT');
    expect(set).toEqual({ q: '', access: 'BY_AGREEMENT' });
    expect(withFilter(set, 'access', '')).toEqual({ q: '' });
  });

  it('keeps the spaces of the search text while typing', () => {
    expect(withFilter({ q: '' }, 'q', 'drönare ')).toEqual({ q: 'drönare ' });
  });

  it('drops a kind of the other family when the family changes', () => {
    expect(withFilter({ q: '', kind: 'EVENT' }, 'family', 'INNOVATION')).toEqual({ q: '', family: 'INNOVATION' });
    expect(withFilter({ q: '', kind: 'LAB' }, 'family', 'INNOVATION')).toEqual({ q: '', family: 'INNOVATION', kind: 'LAB' });
  });

  it('drops a municipality outside a newly chosen county', () => {
    expect(withFilter({ q: '', municipality: '2480' }, 'county', '25', countyOf)).toEqual({ q: '', county: '25' });
    expect(withFilter({ q: '', municipality: '2480' }, 'county', '24', countyOf)).toEqual({
      q: '',
      county: '24',
      municipality: '2480',
    });
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
  });

  it('adds days and years as the server does', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addYears('2028-02-29', 2)).toBe('2030-02-28');
    expect(addYears('2026-03-29', 2)).toBe('2028-03-29');
  });

  it("takes today's date in Sweden, not in the browser's zone", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(todayInStockholm(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});
