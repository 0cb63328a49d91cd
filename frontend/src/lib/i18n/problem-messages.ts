import type { components } from '../api/schema';
import { LOCALES, type Language } from './languages';

type Problem = components['schemas']['Problem'];
type FieldError = components['schemas']['FieldError'];
type FieldErrorParams = components['schemas']['FieldErrorParams'];

/**
 * The SPA's own words for the API's errors. The API names what went wrong with stable problem
 * types (`urn:din:problem:not-found`) and field codes (`too-long` with `max: 200`), and answers in
 * English; here they become Swedish or English, with numbers and plurals through Intl. A type or
 * code this table does not know falls back to what the API said.
 */

const PROBLEM_PREFIX = 'urn:din:problem:';

/** One line per problem type of the API (backend common/ProblemType). */
const TITLES: Record<Language, Record<string, string>> = {
  sv: {
    'bad-request': 'Begäran gick inte att läsa.',
    validation: 'Några uppgifter behöver rättas.',
    unauthorized: 'Du behöver logga in (igen).',
    forbidden: 'Du har inte behörighet att göra det här.',
    'not-found': 'Det du sökte finns inte, eller finns inte längre.',
    'method-not-allowed': 'Den här åtgärden stöds inte.',
    'not-acceptable': 'Tjänsten kan inte svara i ett format som appen förstår.',
    conflict: 'Det krockar med uppgifter som redan finns.',
    'last-owner': 'Du är enda ägare till en organisation, som behöver en annan ägare först.',
    'precondition-failed': 'Någon annan har ändrat det här under tiden. Ladda om och försök igen.',
    'payload-too-large': 'Det du skickade är för stort.',
    'unsupported-media-type': 'Tjänsten tar inte emot det formatet.',
    'precondition-required': 'Ändringen saknar uppgift om vilken version den gäller. Ladda om och försök igen.',
    internal: 'Ett fel uppstod hos oss.',
    'service-unavailable': 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
  },
  en: {
    'bad-request': 'The request could not be read.',
    validation: 'Some details need correcting.',
    unauthorized: 'You need to log in (again).',
    forbidden: 'You are not allowed to do this.',
    'not-found': 'What you looked for does not exist, or no longer exists.',
    'method-not-allowed': 'This action is not supported.',
    'not-acceptable': 'The service cannot answer in a format the app understands.',
    conflict: 'It conflicts with what is already there.',
    'last-owner': 'You are the only owner of an organisation, which needs another owner first.',
    'precondition-failed': 'Someone else changed this meanwhile. Reload and try again.',
    'payload-too-large': 'What you sent is too large.',
    'unsupported-media-type': 'The service does not take that format.',
    'precondition-required': 'The change does not say which version it applies to. Reload and try again.',
    internal: 'Something went wrong on our side.',
    'service-unavailable': 'The service is not available right now. Please try again in a moment.',
  },
};

/** The type the API uses for a status when it names none more precisely (ProblemType.forStatus). */
const TYPE_OF_STATUS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  428: 'precondition-required',
  500: 'internal',
  503: 'service-unavailable',
};

const STATUS_LINE: Record<Language, (status: string) => string> = {
  sv: (status) => `Tjänsten svarade med fel ${status}.`,
  en: (status) => `The service answered with error ${status}.`,
};

const WITH_STATUS: Record<Language, (title: string, status: string) => string> = {
  sv: (title, status) => `${title.replace(/\.$/, '')} (fel ${status}).`,
  en: (title, status) => `${title.replace(/\.$/, '')} (error ${status}).`,
};

function number(language: Language, value: number): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** "1 tecken", "200 tecken"; "1 character", "200 characters". */
function counted(language: Language, value: number, forms: Record<Language, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>) {
  const rule = new Intl.PluralRules(LOCALES[language]).select(value);
  const noun = forms[language][rule] ?? forms[language].other;
  return `${number(language, value)} ${noun}`;
}

const CHARACTERS = { sv: { one: 'tecken', other: 'tecken' }, en: { one: 'character', other: 'characters' } };
const ITEMS = { sv: { one: 'val', other: 'val' }, en: { one: 'item', other: 'items' } };

function oneOf(language: Language, values: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'disjunction' }).format(values);
}

type Params = FieldErrorParams | undefined;
type Message = (language: Language, params: Params) => string | undefined;

/** A message from two texts, one per language, when the code needs no parameters. */
function fixed(sv: string, en: string): Message {
  return (language) => (language === 'sv' ? sv : en);
}

const EXPECTED: Record<Language, Record<string, string>> = {
  sv: {
    string: 'måste vara text',
    number: 'måste vara ett tal',
    integer: 'måste vara ett heltal',
    boolean: 'måste vara ja eller nej',
    array: 'måste vara en lista',
    object: 'har fel form',
  },
  en: {
    string: 'must be text',
    number: 'must be a number',
    integer: 'must be a whole number',
    boolean: 'must be yes or no',
    array: 'must be a list',
    object: 'has the wrong shape',
  },
};

/** Field codes of the API (Problem.FieldError in the backend; described in openapi.yaml). */
const FIELD_MESSAGES: Record<string, Message> = {
  required: fixed('måste fyllas i', 'is required'),
  'too-long': (language, p) =>
    p?.max === undefined
      ? undefined
      : language === 'sv'
        ? `får vara högst ${counted(language, p.max, CHARACTERS)}`
        : `must be at most ${counted(language, p.max, CHARACTERS)}`,
  'too-short': (language, p) =>
    p?.min === undefined
      ? undefined
      : language === 'sv'
        ? `måste vara minst ${counted(language, p.min, CHARACTERS)}`
        : `must be at least ${counted(language, p.min, CHARACTERS)}`,
  'too-many': (language, p) =>
    p?.max === undefined
      ? undefined
      : language === 'sv'
        ? `högst ${counted(language, p.max, ITEMS)}`
        : `at most ${counted(language, p.max, ITEMS)}`,
  'too-few': (language, p) =>
    p?.min === undefined
      ? undefined
      : language === 'sv'
        ? `minst ${counted(language, p.min, ITEMS)}`
        : `at least ${counted(language, p.min, ITEMS)}`,
  'out-of-range': (language, p) => {
    const min = p?.min === undefined ? undefined : number(language, p.min);
    const max = p?.max === undefined ? undefined : number(language, p.max);
    if (min !== undefined && max !== undefined) {
      return language === 'sv' ? `måste vara mellan ${min} och ${max}` : `must be between ${min} and ${max}`;
    }
    if (min !== undefined) return language === 'sv' ? `måste vara minst ${min}` : `must be at least ${min}`;
    if (max !== undefined) return language === 'sv' ? `får vara högst ${max}` : `must be at most ${max}`;
    return undefined;
  },
  pattern: fixed('har inte rätt form', 'is not in the required form'),
  'invalid-url': fixed(
    'måste vara en fullständig webbadress som börjar med http:// eller https://',
    'must be a full web address starting with http:// or https://',
  ),
  'invalid-email': fixed('måste vara en e-postadress', 'must be an email address'),
  'invalid-org-number': fixed(
    'måste vara ett organisationsnummer, NNNNNN-NNNN, med rätt kontrollsiffra',
    'must be a Swedish organisation number, NNNNNN-NNNN, with a valid check digit',
  ),
  'invalid-format': fixed('har ett format som inte går att läsa', 'is in a format that cannot be read'),
  'wrong-type': (language, p) =>
    (p?.expected && EXPECTED[language][p.expected]) ?? (language === 'sv' ? 'har fel typ' : 'has the wrong type'),
  'not-one-of': (language, p) =>
    p?.allowed?.length
      ? `${language === 'sv' ? 'måste vara' : 'must be'} ${oneOf(language, p.allowed)}`
      : language === 'sv'
        ? 'är inte ett av de tillåtna värdena'
        : 'is not one of the allowed values',
  'unknown-field': fixed('är inte ett känt fält', 'is not a known field'),
  'control-characters': fixed(
    'får inte innehålla radbrytningar eller andra styrtecken',
    'must not contain line breaks or other control characters',
  ),
  taken: fixed('används redan', 'is already in use'),
};

/** What is wrong with one field, in the user's language; the API's own message for a code not known here. */
export function fieldErrorMessage(error: FieldError, language: Language): string {
  const message = Object.hasOwn(FIELD_MESSAGES, error.code) ? FIELD_MESSAGES[error.code]?.(language, error.params) : undefined;
  return message ?? error.message;
}

/** The problem type's short name (`not-found`), or undefined when it is not one of the API's. */
export function problemKind(type: string | undefined): string | undefined {
  return type?.startsWith(PROBLEM_PREFIX) ? type.slice(PROBLEM_PREFIX.length) : undefined;
}

/**
 * One sentence saying what went wrong, in the user's language: by the problem's type, else by the
 * HTTP status; a type not known here shows the API's own detail.
 */
export function problemMessage(problem: Problem | undefined, status: number, language: Language): string {
  const kind = problemKind(problem?.type);
  const titles = TITLES[language];
  if (kind !== undefined && Object.hasOwn(titles, kind)) return titles[kind] as string;
  if (problem && (problem.detail || problem.title)) return (problem.detail ?? problem.title);
  const byStatus = TYPE_OF_STATUS[status];
  const title = byStatus === undefined ? undefined : titles[byStatus];
  const code = String(status); // a status code is not a quantity: no digit grouping
  return title ? WITH_STATUS[language](title, code) : STATUS_LINE[language](code);
}

/**
 * The API's own detail (in English), to show under {@link problemMessage} when it adds something:
 * a domain conflict says which rule was broken ("The last owner cannot leave…"), an internal error
 * names the incident to quote. Undefined when the message already said it all: no detail, a type
 * not known here (whose message is the detail), or invalid input, whose fields say more.
 */
export function problemDetail(problem: Problem | undefined): string | undefined {
  const kind = problemKind(problem?.type);
  if (!problem?.detail || kind === undefined || !Object.hasOwn(TITLES.en, kind)) return undefined;
  if (kind === 'validation' && problem.errors?.length) return undefined;
  return problem.detail;
}
