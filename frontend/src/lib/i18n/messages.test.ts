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

  it('writes numbers as the language does', () => {
    expect(translate('sv', 'catalogue.withCount', { label: 'Evenemang', count: 12345 })).toMatch(/^Evenemang \(12\s345\)$/u);
    expect(translate('en', 'catalogue.withCount', { label: 'Events', count: 12345 })).toBe('Events (12,345)');
    expect(translate('sv', 'education.creditsValue', { credits: 7.5 })).toBe('7,5 högskolepoäng');
  });

  it('picks the plural form through Intl.PluralRules', () => {
    expect(translate('sv', 'directory.shown', { count: 1 })).toBe('Visar 1 aktör.');
    expect(translate('sv', 'directory.shown', { count: 2 })).toBe('Visar 2 aktörer.');
    expect(translate('en', 'directory.shown', { count: 1 })).toBe('Showing 1 actor.');
    expect(translate('en', 'directory.shown', { count: 1000 })).toBe('Showing 1,000 actors.');
    expect(translate('sv', 'feeds.actors', { count: 1 })).toBe('Flödet visar bara en utvald aktörs resurser.');
    expect(translate('en', 'feeds.actors', { count: 3 })).toBe('The feed only shows the resources of 3 chosen actors.');
    expect(translate('en', 'directory.shown')).toBe('Showing {count, plural, one {# actor} other {# actors}}.');
  });
});
