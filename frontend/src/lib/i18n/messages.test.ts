import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { MESSAGES, translate, type MessageKey } from './messages';

describe('messages', () => {
  it('has a non-empty text for every key in every language', () => {
    const keys = Object.keys(MESSAGES.sv) as MessageKey[];
    for (const language of LANGUAGES) {
      for (const key of keys) {
        expect(MESSAGES[language][key], `${language}:${key}`).toMatch(/\S/);
      }
    }
  });

  it('fills in placeholders and leaves unknown ones alone', () => {
    expect(translate('sv', 'sdgs.goal', { number: 7 })).toBe('Mål 7');
    expect(translate('en', 'sdgs.goal', { number: 7 })).toBe('Goal 7');
    expect(translate('en', 'sdgs.goal')).toBe('Goal {number}');
  });
});
