import { describe, expect, it } from 'vitest';
import { pickLocalized } from './localized-text';

describe('pickLocalized', () => {
  it('returns the text in the wanted language', () => {
    expect(pickLocalized({ sv: 'Ingen fattigdom', en: 'No poverty' }, 'en')).toEqual({
      text: 'No poverty',
      language: 'en',
    });
    expect(pickLocalized({ sv: 'Ingen fattigdom', en: 'No poverty' }, 'sv')).toEqual({
      text: 'Ingen fattigdom',
      language: 'sv',
    });
  });

  it('falls back to Swedish when English is missing and says so', () => {
    expect(pickLocalized({ sv: 'Ingen hunger' }, 'en')).toEqual({ text: 'Ingen hunger', language: 'sv' });
  });

  it('falls back to English when Swedish is missing', () => {
    expect(pickLocalized({ en: 'Zero hunger' }, 'sv')).toEqual({ text: 'Zero hunger', language: 'en' });
  });

  it('treats blank text as missing', () => {
    expect(pickLocalized({ sv: 'Ingen hunger', en: '   ' }, 'en')).toEqual({
      text: 'Ingen hunger',
      language: 'sv',
    });
  });

  it('returns undefined when no language has a text', () => {
    expect(pickLocalized({}, 'sv')).toBeUndefined();
    expect(pickLocalized(undefined, 'en')).toBeUndefined();
  });
});
