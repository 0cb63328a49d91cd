import type { components } from '../api/schema';
import { LANGUAGES, type Language } from './languages';

export type LocalizedText = components['schemas']['LocalizedText'];

/** A text together with the language it is actually in, for the `lang` attribute. */
export interface PickedText {
  text: string;
  language: Language;
}

/**
 * Picks the text in the wanted language, or else in the first other language that has one,
 * so a name missing in English still shows (in Swedish, marked as such).
 */
export function pickLocalized(
  value: LocalizedText | undefined,
  wanted: Language,
): PickedText | undefined {
  if (!value) return undefined;
  const order = [wanted, ...LANGUAGES.filter((language) => language !== wanted)];
  for (const language of order) {
    const text = value[language]?.trim();
    if (text) return { text, language };
  }
  return undefined;
}
