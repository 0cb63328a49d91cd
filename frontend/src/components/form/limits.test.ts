import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/api/limits.generated';
import { matchesPattern, textProblem } from './limits';

describe('patterns, checked as the API checks them', () => {
  it('matches the whole value, as Bean Validation does', () => {
    expect(matchesPattern('[0-9]{4}', '2480')).toBe(true);
    expect(matchesPattern('[0-9]{4}', '12345')).toBe(false);
    expect(matchesPattern('sv|en', 'sv')).toBe(true);
    expect(matchesPattern('sv|en', 'svenska')).toBe(false);
  });

  it('reads \\S (how @NotBlank is written) as "not only white space"', () => {
    expect(matchesPattern('\\S', 'Umeå')).toBe(true);
    expect(matchesPattern('\\S', '   ')).toBe(false);
  });

  it('keeps patterns that are anchored already', () => {
    expect(matchesPattern('^[0-9]{6}-[0-9]{4}$', '556036-0793')).toBe(true);
    expect(matchesPattern('^[0-9]{6}-[0-9]{4}$', 'x556036-0793')).toBe(false);
  });

  it('names the pattern as the problem of a generated limit', () => {
    expect(textProblem(LIMITS.ActorInput.municipalityCode, '12345')).toBe('pattern');
    expect(textProblem(LIMITS.ActorInput.municipalityCode, '2480')).toBeUndefined();
    expect(textProblem(LIMITS.ActorInput.name, '  ')).toBe('pattern');
  });
});
