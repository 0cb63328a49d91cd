/**
 * The rules the API applies to an actor (ActorInput), checked in the browser before sending, so
 * that people see the same verdict as the server without a round trip. The register and the
 * edit form both use this module; the server stays the authority and its field errors are shown
 * on the same fields (`fieldOfServerError`). Every number (lengths, counts, the bounding box) is
 * the API's own, read from the limits generated from openapi.yaml, never copied.
 */
import { LIMITS } from '../../lib/api/limits.generated';
import { isEmail, isHttpUrl } from '../../lib/validation/formats';
import type { Actor, ActorInput } from './model';
import { isActorKind } from './model';

// Shared with the other forms; re-exported because the actor form's tests and callers use them from here.
export { isEmail, isHttpUrl };

const LIMIT = LIMITS.ActorInput;

export const NAME_MIN = LIMIT.name.minLength;
export const NAME_MAX = LIMIT.name.maxLength;
export const DESCRIPTION_MAX = LIMIT['description.sv'].maxLength;
export const EMAIL_MAX = LIMIT.contactEmail.maxLength;
export const TECHNOLOGY_AREAS_MAX = LIMIT.technologyAreas.maxItems;
export const COMPETENCE_MAX = LIMIT.competences.items.maxLength;
export const COMPETENCES_MAX = LIMIT.competences.maxItems;
export const JOIN_MESSAGE_MAX = LIMITS.JoinRequestInput.message.maxLength;
/** Sweden's bounding box as the API checks it. */
export const LATITUDE = { min: LIMIT['location.lat'].minimum, max: LIMIT['location.lat'].maximum };
export const LONGITUDE = { min: LIMIT['location.lon'].minimum, max: LIMIT['location.lon'].maximum };

/** The API's patterns are Bean Validation's, which match the whole value; a RegExp must be anchored for that. */
function whole(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}
const ORG_NUMBER = whole(LIMIT.orgNumber.pattern);
const MUNICIPALITY_CODE = whole(LIMIT.municipalityCode.pattern);

/** What the form holds: text as typed, before it becomes an ActorInput. */
export interface ActorFormValues {
  name: string;
  kind: string;
  orgNumber: string;
  website: string;
  logoUrl: string;
  contactEmail: string;
  municipalityCode: string;
  lat: string;
  lon: string;
  technologyAreas: string[];
  /** Comma-separated, as typed. */
  competences: string;
  descriptionSv: string;
  descriptionEn: string;
}

export type ActorField = keyof ActorFormValues;

/** The order fields appear in the form: the first one at fault gets the focus. */
export const ACTOR_FIELDS: readonly ActorField[] = [
  'name',
  'kind',
  'orgNumber',
  'descriptionSv',
  'descriptionEn',
  'website',
  'logoUrl',
  'contactEmail',
  'municipalityCode',
  'lat',
  'lon',
  'technologyAreas',
  'competences',
];

/** Why a field is at fault; the form turns each into a sentence in the reader's language. */
export type ValidationCode =
  | 'required'
  | 'nameLength'
  | 'kind'
  | 'orgNumberFormat'
  | 'orgNumberChecksum'
  | 'url'
  | 'urlLength'
  | 'email'
  | 'municipality'
  | 'number'
  | 'latitudeRange'
  | 'longitudeRange'
  | 'locationPair'
  | 'technologyAreaUnknown'
  | 'technologyAreasTooMany'
  | 'competenceLength'
  | 'competencesTooMany'
  | 'descriptionLength';

export type FieldErrors = Partial<Record<ActorField, ValidationCode>>;

/**
 * The numbers the message for a code names ("at most {max} characters"), from the same limits
 * the check used, so that the sentence and the rule cannot drift apart.
 */
export function messageParams(code: ValidationCode, field: ActorField): Record<string, number> | undefined {
  switch (code) {
    case 'nameLength':
      return { min: NAME_MIN, max: NAME_MAX };
    case 'urlLength':
      return { max: field === 'logoUrl' ? LIMIT.logoUrl.maxLength : LIMIT.website.maxLength };
    case 'latitudeRange':
      return LATITUDE;
    case 'longitudeRange':
      return LONGITUDE;
    case 'technologyAreasTooMany':
      return { max: TECHNOLOGY_AREAS_MAX };
    case 'competenceLength':
      return { max: COMPETENCE_MAX };
    case 'competencesTooMany':
      return { max: COMPETENCES_MAX };
    case 'descriptionLength':
      return { max: field === 'descriptionEn' ? LIMIT['description.en'].maxLength : DESCRIPTION_MAX };
    default:
      return undefined;
  }
}

/** Known codes of the vocabularies, when loaded; without them only the format is checked. */
export interface ValidationContext {
  municipalityCodes?: ReadonlySet<string>;
  technologyAreaCodes?: ReadonlySet<string>;
}

export type ValidationResult = { ok: true; input: ActorInput } | { ok: false; errors: FieldErrors };

export function emptyActorForm(): ActorFormValues {
  return {
    name: '',
    kind: '',
    orgNumber: '',
    website: '',
    logoUrl: '',
    contactEmail: '',
    municipalityCode: '',
    lat: '',
    lon: '',
    technologyAreas: [],
    competences: '',
    descriptionSv: '',
    descriptionEn: '',
  };
}

/** The form filled with an actor's current values (the raw Markdown, not the rendered HTML). */
export function actorToFormValues(actor: Actor): ActorFormValues {
  return {
    name: actor.name,
    kind: actor.kind,
    orgNumber: actor.orgNumber ?? '',
    website: actor.website ?? '',
    logoUrl: actor.logoUrl ?? '',
    contactEmail: actor.contactEmail ?? '',
    municipalityCode: actor.municipality?.code ?? '',
    lat: actor.location ? String(actor.location.lat) : '',
    lon: actor.location ? String(actor.location.lon) : '',
    technologyAreas: actor.technologyAreas.map((area) => area.code),
    competences: actor.competences.join(', '),
    descriptionSv: actor.description.sv ?? '',
    descriptionEn: actor.description.en ?? '',
  };
}

/** Luhn (mod 10) over a string of digits, as used for Swedish organisation numbers. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // From the right, every second digit is doubled.
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** `NNNNNN-NNNN` whose ten digits pass the Luhn check. */
export function orgNumberError(value: string): ValidationCode | undefined {
  if (!ORG_NUMBER.test(value)) return 'orgNumberFormat';
  return luhnValid(value.replace('-', '')) ? undefined : 'orgNumberChecksum';
}

function urlError(value: string, max: number): ValidationCode | undefined {
  if (value.length > max) return 'urlLength';
  return isHttpUrl(value) ? undefined : 'url';
}

/** As the server stores a competence: trimmed, lower case, single spaces. */
export function normaliseCompetence(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** The competences typed as a comma-separated list, normalised, without blanks and repeats. */
export function parseCompetences(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const competence = normaliseCompetence(part);
    if (competence) seen.add(competence);
  }
  return [...seen];
}

/** A decimal number, accepting the Swedish decimal comma. */
function parseDecimal(value: string): number | undefined {
  const normalised = value.trim().replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

/** Checks the form against the API's rules and, if it passes, builds the request body. */
export function validateActor(values: ActorFormValues, context: ValidationContext = {}): ValidationResult {
  const errors: FieldErrors = {};
  const input: Partial<ActorInput> = {};

  const name = values.name.trim();
  if (!name) errors.name = 'required';
  else if (name.length < NAME_MIN || name.length > NAME_MAX) errors.name = 'nameLength';
  else input.name = name;

  if (!values.kind) errors.kind = 'required';
  else if (!isActorKind(values.kind)) errors.kind = 'kind';
  else input.kind = values.kind;

  const orgNumber = values.orgNumber.trim();
  if (orgNumber) {
    const error = orgNumberError(orgNumber);
    if (error) errors.orgNumber = error;
    else input.orgNumber = orgNumber;
  }

  const description: { sv?: string; en?: string } = {};
  for (const [field, language] of [
    ['descriptionSv', 'sv'],
    ['descriptionEn', 'en'],
  ] as const) {
    const text = values[field].trim();
    if (text.length > LIMIT[`description.${language}`].maxLength) errors[field] = 'descriptionLength';
    else if (text) description[language] = text;
  }
  if (description.sv !== undefined || description.en !== undefined) input.description = description;

  for (const field of ['website', 'logoUrl'] as const) {
    const url = values[field].trim();
    if (!url) continue;
    const error = urlError(url, LIMIT[field].maxLength);
    if (error) errors[field] = error;
    else input[field] = url;
  }

  const email = values.contactEmail.trim();
  if (email) {
    if (email.length <= EMAIL_MAX && isEmail(email)) input.contactEmail = email;
    else errors.contactEmail = 'email';
  }

  const municipalityCode = values.municipalityCode.trim();
  if (municipalityCode) {
    const known = context.municipalityCodes ? context.municipalityCodes.has(municipalityCode) : true;
    if (MUNICIPALITY_CODE.test(municipalityCode) && known) input.municipalityCode = municipalityCode;
    else errors.municipalityCode = 'municipality';
  }

  const latText = values.lat.trim();
  const lonText = values.lon.trim();
  if (latText || lonText) {
    const lat = latText ? parseDecimal(latText) : undefined;
    const lon = lonText ? parseDecimal(lonText) : undefined;
    if (!latText) errors.lat = 'locationPair';
    else if (lat === undefined) errors.lat = 'number';
    else if (lat < LATITUDE.min || lat > LATITUDE.max) errors.lat = 'latitudeRange';
    if (!lonText) errors.lon = 'locationPair';
    else if (lon === undefined) errors.lon = 'number';
    else if (lon < LONGITUDE.min || lon > LONGITUDE.max) errors.lon = 'longitudeRange';
    if (!errors.lat && !errors.lon && lat !== undefined && lon !== undefined) input.location = { lat, lon };
  }

  const areas = [...new Set(values.technologyAreas)];
  if (areas.length > TECHNOLOGY_AREAS_MAX) errors.technologyAreas = 'technologyAreasTooMany';
  else if (context.technologyAreaCodes && areas.some((code) => !context.technologyAreaCodes?.has(code))) {
    errors.technologyAreas = 'technologyAreaUnknown';
  } else if (areas.length > 0) input.technologyAreas = areas;

  const competences = parseCompetences(values.competences);
  if (competences.some((competence) => competence.length > COMPETENCE_MAX)) errors.competences = 'competenceLength';
  else if (competences.length > COMPETENCES_MAX) errors.competences = 'competencesTooMany';
  else if (competences.length > 0) input.competences = competences;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: input as ActorInput };
}

/** Where each API field path (or its head) shows up in the form. */
const SERVER_FIELDS: Record<string, ActorField> = {
  name: 'name',
  kind: 'kind',
  orgNumber: 'orgNumber',
  'description.sv': 'descriptionSv',
  'description.en': 'descriptionEn',
  description: 'descriptionSv',
  website: 'website',
  logoUrl: 'logoUrl',
  contactEmail: 'contactEmail',
  municipalityCode: 'municipalityCode',
  'location.lat': 'lat',
  'location.lon': 'lon',
  location: 'lat',
  technologyAreas: 'technologyAreas',
  competences: 'competences',
};

/**
 * The form field a server error's `field` belongs to: `description.sv`, `location.lon`,
 * `competences[3]`, also behind a prefix such as `create.input.name` or `body.name`.
 */
export function fieldOfServerError(path: string): ActorField | undefined {
  const segments = path.replace(/\[\d*\]/g, '').split('.').filter(Boolean);
  for (let start = 0; start < segments.length; start++) {
    const candidate = segments.slice(start).join('.');
    if (Object.hasOwn(SERVER_FIELDS, candidate)) return SERVER_FIELDS[candidate];
  }
  return undefined;
}
