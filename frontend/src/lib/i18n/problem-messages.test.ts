import { describe, expect, it } from 'vitest';
import type { components } from '../api/schema';
import { fieldErrorMessage, problemDetail, problemMessage } from './problem-messages';

type FieldError = components['schemas']['FieldError'];

const field = (code: string, params?: FieldError['params'], message = 'the API says so'): FieldError => ({
  field: 'name',
  code,
  message,
  ...(params ? { params } : {}),
});

describe('field errors in the user language', () => {
  it('says required in Swedish and English', () => {
    expect(fieldErrorMessage(field('required'), 'sv')).toBe('måste fyllas i');
    expect(fieldErrorMessage(field('required'), 'en')).toBe('is required');
  });

  it('counts characters with the plural forms of each language', () => {
    expect(fieldErrorMessage(field('too-long', { max: 200 }), 'sv')).toBe('får vara högst 200 tecken');
    expect(fieldErrorMessage(field('too-long', { max: 1 }), 'sv')).toBe('får vara högst 1 tecken');
    expect(fieldErrorMessage(field('too-long', { max: 200 }), 'en')).toBe('must be at most 200 characters');
    expect(fieldErrorMessage(field('too-long', { max: 1 }), 'en')).toBe('must be at most 1 character');
    expect(fieldErrorMessage(field('too-short', { min: 2 }), 'sv')).toBe('måste vara minst 2 tecken');
    expect(fieldErrorMessage(field('too-short', { min: 1 }), 'en')).toBe('must be at least 1 character');
  });

  it('counts list items, singular and plural', () => {
    expect(fieldErrorMessage(field('too-many', { max: 20 }), 'en')).toBe('at most 20 items');
    expect(fieldErrorMessage(field('too-few', { min: 1 }), 'en')).toBe('at least 1 item');
    expect(fieldErrorMessage(field('too-many', { max: 30 }), 'sv')).toBe('högst 30 val');
  });

  it('writes numbers as each language does', () => {
    // Swedish groups thousands with a (narrow) no-break space and writes a decimal comma.
    expect(fieldErrorMessage(field('too-long', { max: 10000 }), 'sv')).toMatch(/^får vara högst 10\s000 tecken$/u);
    expect(fieldErrorMessage(field('too-long', { max: 10000 }), 'en')).toBe('must be at most 10,000 characters');
    expect(fieldErrorMessage(field('out-of-range', { max: 69.1 }), 'sv')).toBe('får vara högst 69,1');
    expect(fieldErrorMessage(field('out-of-range', { max: 69.1 }), 'en')).toBe('must be at most 69.1');
    expect(fieldErrorMessage(field('out-of-range', { min: 1, max: 100 }), 'sv')).toBe('måste vara mellan 1 och 100');
    expect(fieldErrorMessage(field('out-of-range', { min: 0.5 }), 'en')).toBe('must be at least 0.5');
  });

  it('lists the allowed values as "a, b or c" (British English: no serial comma)', () => {
    const allowed = { allowed: ['BUSINESS', 'ACADEMIA', 'PUBLIC'] };
    expect(fieldErrorMessage(field('not-one-of', allowed), 'sv')).toBe('måste vara BUSINESS, ACADEMIA eller PUBLIC');
    expect(fieldErrorMessage(field('not-one-of', allowed), 'en')).toBe('must be BUSINESS, ACADEMIA or PUBLIC');
  });

  it('names the JSON type that was expected', () => {
    expect(fieldErrorMessage(field('wrong-type', { expected: 'number' }), 'sv')).toBe('måste vara ett tal');
    expect(fieldErrorMessage(field('wrong-type', { expected: 'integer' }), 'en')).toBe('must be a whole number');
    expect(fieldErrorMessage(field('wrong-type'), 'en')).toBe('has the wrong type');
  });

  it('says the fixed ones in both languages', () => {
    expect(fieldErrorMessage(field('invalid-url'), 'sv')).toContain('webbadress');
    expect(fieldErrorMessage(field('control-characters'), 'en')).toBe('must not contain line breaks or other control characters');
    expect(fieldErrorMessage(field('taken'), 'sv')).toBe('används redan');
  });

  it("falls back to the API's message for `invalid`, for an unknown code and for missing parameters", () => {
    expect(fieldErrorMessage(field('invalid', undefined, 'is not an active actor'), 'sv')).toBe('is not an active actor');
    expect(fieldErrorMessage(field('a-code-from-the-future', undefined, 'must rhyme'), 'sv')).toBe('must rhyme');
    expect(fieldErrorMessage(field('too-long', undefined, 'is too long'), 'en')).toBe('is too long');
    expect(fieldErrorMessage(field('toString', undefined, 'odd'), 'en')).toBe('odd');
  });
});

describe('problems in the user language', () => {
  const problem = (kind: string, status: number) => ({
    type: `urn:din:problem:${kind}`,
    title: 'English title',
    status,
    detail: 'English detail',
  });

  it('says what a known problem type means, whatever the API wrote', () => {
    expect(problemMessage(problem('not-found', 404), 404, 'sv')).toBe('Det du sökte finns inte, eller finns inte längre.');
    expect(problemMessage(problem('precondition-failed', 412), 412, 'en')).toBe(
      'Someone else changed this meanwhile. Reload and try again.',
    );
    expect(problemMessage(problem('validation', 400), 400, 'sv')).toBe('Några uppgifter behöver rättas.');
  });

  it('without a problem body, goes by the status and names it', () => {
    expect(problemMessage(undefined, 404, 'sv')).toBe('Det du sökte finns inte, eller finns inte längre (fel 404).');
    expect(problemMessage(undefined, 404, 'en')).toBe('What you looked for does not exist, or no longer exists (error 404).');
    expect(problemMessage(undefined, 502, 'sv')).toBe('Tjänsten svarade med fel 502.');
  });

  it("shows the API's own words for a type it does not know", () => {
    expect(problemMessage(problem('quota-exceeded', 429), 429, 'sv')).toBe('English detail');
    expect(problemMessage({ type: 'about:blank', title: 'Teapot', status: 418 }, 418, 'en')).toBe('Teapot');
  });
});

describe("the API's detail under the message", () => {
  it('is shown for a known type whose detail adds the rule or the incident', () => {
    const conflict = { type: 'urn:din:problem:conflict', title: 'Conflict', status: 409, detail: 'The last owner cannot leave' };
    expect(problemDetail(conflict)).toBe('The last owner cannot leave');
  });

  it('is left out when the fields say more, when the message already is the detail, and when there is none', () => {
    const invalid = {
      type: 'urn:din:problem:validation', title: 'Invalid input', status: 400, detail: 'name: size must be between 2 and 200',
      errors: [{ field: 'name', code: 'too-long', message: 'size must be between 2 and 200', params: { max: 200 } }],
    };
    expect(problemDetail(invalid)).toBeUndefined();
    expect(problemDetail({ type: 'urn:din:problem:quota-exceeded', title: 'Quota', status: 429, detail: 'Slow down' })).toBeUndefined();
    expect(problemDetail({ type: 'urn:din:problem:not-found', title: 'Not found', status: 404 })).toBeUndefined();
    expect(problemDetail(undefined)).toBeUndefined();
  });
});
