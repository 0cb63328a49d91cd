import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../lib/i18n/messages';
import { NORRSKEN } from './test-fixtures';
import { emptyCollaborationForm, emptyFunding, messageParams, parseAmount, validateCollaboration, type CollaborationFormValues } from './validation';

// The API's limits as if openapi.yaml had changed them: the rules and their messages must follow
// the generated LIMITS, not numbers copied into the form.
vi.mock('../../lib/api/limits.generated', async (importOriginal) => {
  const { LIMITS } = await importOriginal<typeof import('../../lib/api/limits.generated')>();
  const collaboration = LIMITS.CollaborationInput;
  return {
    LIMITS: {
      ...LIMITS,
      CollaborationInput: {
        ...collaboration,
        'title.en': { maxLength: 8 },
        'summary.sv': { maxLength: 5 },
        sdgs: { ...collaboration.sdgs, maxItems: 2 },
        places: { ...collaboration.places, maxItems: 1 },
        funding: { maxItems: 1 },
        'funding[].programme': { maxLength: 4 },
        'funding[].amountSek': { ...collaboration['funding[].amountSek'], minimum: 10, maximum: 500 },
      },
    },
  };
});

function errorsOf(overrides: Partial<CollaborationFormValues>) {
  const result = validateCollaboration({
    ...emptyCollaborationForm(NORRSKEN.id),
    kind: 'PROJECT',
    titleSv: 'AI',
    startDate: '2026-03-01',
    ...overrides,
  });
  return result.ok ? {} : result.errors;
}

const line = { ...emptyFunding(), funderName: 'Vinnova', type: 'PUBLIC' as const, amountSek: '100' };

describe('the collaboration rules take their limits from the generated LIMITS', () => {
  it('checks texts, lists and funding lines against LIMITS.CollaborationInput', () => {
    expect(errorsOf({ titleEn: 'x'.repeat(8), summarySv: 'x'.repeat(5) })).toEqual({});
    expect(errorsOf({ titleEn: 'x'.repeat(9), summarySv: 'x'.repeat(6) })).toEqual({ 'title.en': 'tooLong', 'summary.sv': 'tooLong' });
    expect(errorsOf({ sdgs: [1, 2, 3], places: ['2480', '2580'] })).toEqual({ sdgs: 'tooMany', places: 'tooMany' });
    expect(errorsOf({ funding: [line, line] })).toEqual({ funding: 'tooMany' });
    expect(errorsOf({ funding: [{ ...line, programme: 'Vinnova' }] })).toEqual({ 'funding[0].programme': 'tooLong' });
  });

  it('reads amounts within the API range only', () => {
    expect(parseAmount('10')).toBe(10);
    expect(parseAmount('500')).toBe(500);
    expect(parseAmount('9')).toBeUndefined();
    expect(parseAmount('501')).toBeUndefined();
  });

  it('names the same numbers in the messages', () => {
    expect(translate('sv', 'collabValidation.tooLong', messageParams('title.en', 'tooLong'))).toBe('Högst 8 tecken.');
    expect(translate('en', 'collabValidation.tooMany', messageParams('sdgs', 'tooMany'))).toBe('At most 2 choices.');
    expect(translate('en', 'collabValidation.tooLong', messageParams('funding[3].programme', 'tooLong'))).toBe('At most 4 characters.');
    expect(translate('en', 'collabValidation.amount', messageParams('funding[0].amountSek', 'amount'))).toBe(
      'Write a whole number between 10 and 500.',
    );
  });
});
