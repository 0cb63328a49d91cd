import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../lib/api/limits.generated';
import { translate } from '../../../lib/i18n/messages';
import { emptyResourceForm, validateResource, validationMessage, type ResourceFormValues } from '.';

const ACTOR_ID = '3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c01';
const R = LIMITS.ResourceInput;

function errorsOf(change: (values: ResourceFormValues) => void) {
  const values = emptyResourceForm(ACTOR_ID, 'TESTBED');
  values.titleSv = 'Testbädd';
  values.facility.accessCondition = 'OPEN';
  change(values);
  const result = validateResource(values);
  return result.ok ? {} : result.errors;
}

const sv = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('sv', key, params);

describe('the limits come from the generated LIMITS', () => {
  it('takes a text up to its generated length and no further', () => {
    expect(errorsOf((v) => (v.titleSv = 'x'.repeat(R['title.sv'].maxLength)))).toEqual({});
    expect(errorsOf((v) => (v.titleSv = 'x'.repeat(R['title.sv'].maxLength + 1)))).toEqual({ 'title.sv': 'tooLong' });
    expect(errorsOf((v) => (v.facility.costModel = 'x'.repeat(R['facility.costModel'].maxLength + 1)))).toEqual({
      'facility.costModel': 'tooLong',
    });
  });

  it('takes a list up to its generated size, each item up to its generated length', () => {
    const lines = (n: number, length = 3) => Array.from({ length: n }, (_, i) => `${i}`.padStart(length, 'x')).join('\n');
    expect(errorsOf((v) => (v.facility.equipment = lines(R['facility.equipment'].maxItems)))).toEqual({});
    expect(errorsOf((v) => (v.facility.equipment = lines(R['facility.equipment'].maxItems + 1)))).toEqual({ 'facility.equipment': 'tooMany' });
    expect(errorsOf((v) => (v.facility.equipment = lines(1, R['facility.equipment'].items.maxLength + 1)))).toEqual({
      'facility.equipment': 'itemTooLong',
    });
  });

  it('takes a number within its generated range', () => {
    expect(errorsOf((v) => (v.facility.trlMax = String(R['facility.trlMax'].maximum)))).toEqual({});
    expect(errorsOf((v) => (v.facility.trlMax = String(R['facility.trlMax'].maximum + 1)))).toEqual({ 'facility.trlMax': 'trl' });
  });
});

describe('the messages name the generated limits', () => {
  it('says how long a text may be, written the reader’s way', () => {
    expect(validationMessage('title.sv', 'tooLong', sv, 'sv')).toBe(`Texten får vara högst ${R['title.sv'].maxLength} tecken lång.`);
    expect(validationMessage('body.sv', 'tooLong', sv, 'sv')).toBe(
      `Texten får vara högst ${R['body.sv'].maxLength.toLocaleString('sv')} tecken lång.`,
    );
    expect(validationMessage('links[3].label', 'tooLong', sv, 'sv')).toContain(String(R['links[].label'].maxLength));
  });

  it('says how many items a list takes and how long each may be', () => {
    expect(validationMessage('tags', 'tooMany', sv, 'sv')).toBe(`Ange högst ${R.tags.maxItems}.`);
    expect(validationMessage('tags', 'itemTooLong', sv, 'sv')).toBe(`Var och en får vara högst ${R.tags.items.maxLength} tecken lång.`);
  });

  it('gives a number’s range from the schema', () => {
    const count = R['event.recurrence.count'];
    expect(validationMessage('event.recurrence.count', 'count', sv, 'sv')).toBe(
      `Antalet tillfällen ska vara ett heltal från ${count.minimum} till ${count.maximum}.`,
    );
    expect(validationMessage('education.credits', 'credits', (key, params) => translate('en', key, params), 'en')).toBe(
      `The credits must be between ${R['education.credits'].minimum} and ${R['education.credits'].maximum}.`,
    );
  });
});
