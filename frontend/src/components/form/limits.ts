import type { Language } from '../../lib/i18n/languages';
import type { MessageKey, MessageParams } from '../../lib/i18n/messages';

/**
 * One field's entry in the generated LIMITS (src/lib/api/limits.generated.ts): what the API's
 * schema says about it. Forms read their numbers from there instead of copying them, so a
 * changed @Size in the backend reaches the form through `npm run gen:api`.
 */
export interface FieldLimit {
  readonly required?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
  /** A list's limits on each of its items. */
  readonly items?: FieldLimit;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A limit as the reader writes numbers (50 000, 0,5 in Swedish). */
export function formatLimit(value: number, language: Language): string {
  return value.toLocaleString(language);
}

/**
 * Why a text breaks its limit, or undefined: its length against minLength/maxLength (after
 * trimming, as the API counts what is sent), its format against the schema's pattern.
 */
export function textProblem(limit: FieldLimit | undefined, text: string): 'maxLength' | 'minLength' | 'pattern' | undefined {
  if (!limit || text === '') return undefined;
  if (limit.maxLength !== undefined && text.length > limit.maxLength) return 'maxLength';
  if (limit.minLength !== undefined && text.length < limit.minLength) return 'minLength';
  if (limit.pattern !== undefined && !matchesPattern(limit.pattern, text)) return 'pattern';
  return undefined;
}

const NOT_BLANK = '\\S';

/**
 * Whether a text matches a schema pattern as the API checks it. Bean Validation's @Pattern matches
 * the whole value, so `[0-9]{4}` refuses `12345`; SmallRye OpenAPI writes the pattern without
 * anchors, so they are added here. `\S` is the one exception: it is how @NotBlank is written in
 * openapi.yaml, and means "has a character that is not white space".
 */
export function matchesPattern(pattern: string, text: string): boolean {
  if (pattern === NOT_BLANK) return /\S/.test(text);
  return new RegExp(`^(?:${pattern})$`).test(text);
}

/** Whether a number lies outside minimum..maximum. */
export function outOfRange(limit: FieldLimit | undefined, value: number): boolean {
  return (limit?.minimum !== undefined && value < limit.minimum) || (limit?.maximum !== undefined && value > limit.maximum);
}

/** Whether a list has more items than maxItems. */
export function tooManyItems(limit: FieldLimit | undefined, items: readonly unknown[]): boolean {
  return limit?.maxItems !== undefined && items.length > limit.maxItems;
}

/** The message for a broken limit, naming the generated number. */
export function limitMessage(
  limit: FieldLimit,
  rule: 'required' | 'maxLength' | 'minLength' | 'range' | 'maxItems' | 'minItems' | 'itemMaxLength' | 'pattern',
  t: Translate,
  language: Language,
): string {
  const n = (value: number | undefined) => (value === undefined ? '' : formatLimit(value, language));
  switch (rule) {
    case 'required':
      return t('formLimit.required');
    case 'maxLength':
      return t('formLimit.maxLength', { max: n(limit.maxLength) });
    case 'minLength':
      return t('formLimit.minLength', { min: n(limit.minLength) });
    case 'range':
      if (limit.minimum !== undefined && limit.maximum !== undefined) {
        return t('formLimit.range', { min: n(limit.minimum), max: n(limit.maximum) });
      }
      return limit.minimum !== undefined ? t('formLimit.minimum', { min: n(limit.minimum) }) : t('formLimit.maximum', { max: n(limit.maximum) });
    case 'maxItems':
      return t('formLimit.maxItems', { max: n(limit.maxItems) });
    case 'minItems':
      return t('formLimit.minItems', { min: n(limit.minItems) });
    case 'itemMaxLength':
      return t('formLimit.itemMaxLength', { max: n(limit.items?.maxLength) });
    case 'pattern':
      return t('formLimit.pattern');
  }
}

/**
 * react-hook-form rules for a text field from its LIMITS entry, each with its message:
 * `register('name', limitRules(LIMITS.ActorInput.name, t, language))`. Text is checked trimmed.
 * A form that needs more (a URL, a cross-field rule) adds its own `validate` beside these.
 */
export interface LimitRules {
  validate: (value: unknown) => true | string;
}

export function limitRules(limit: FieldLimit | undefined, t: Translate, language: Language): LimitRules {
  if (!limit) return { validate: () => true };
  return {
    validate: (value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
      if (limit.required && text === '') return limitMessage(limit, 'required', t, language);
      if (text !== '' && (limit.minimum !== undefined || limit.maximum !== undefined)) {
        const number = Number(text.replace(',', '.'));
        if (Number.isNaN(number) || outOfRange(limit, number)) return limitMessage(limit, 'range', t, language);
        return true;
      }
      const problem = textProblem(limit, text);
      return problem ? limitMessage(limit, problem, t, language) : true;
    },
  };
}
