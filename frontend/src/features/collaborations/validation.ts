/**
 * The collaboration form's values, the API's rules for them (checked before sending, so most
 * mistakes are caught without a round trip), and the way from the API's field paths back to the
 * form's fields: the form's fields are named by the API's own paths (`title.sv`, `endDate`,
 * `funding[1].amountSek`), so the server's `errors[].field` lands where it belongs. Every limit
 * (lengths, counts, the amount's range) is the API's own, from the limits generated from openapi.yaml.
 */
import { LIMITS } from '../../lib/api/limits.generated';
import { isHttpUrl } from '../../lib/validation/formats';
import { isIsoDate } from '../../lib/url-filters';
import {
  isCollaborationKind,
  isCollaborationStatus,
  isFundingType,
  type Collaboration,
  type CollaborationInput,
  type FundingLineInput,
  type FundingType,
} from './model';

export interface FundingValues {
  /** An actor on the platform, or '' for an outside funder named in `funderName`. */
  funderActorId: string;
  funderName: string;
  programme: string;
  /** As typed: digits, with spaces between thousands allowed. */
  amountSek: string;
  type: FundingType | '';
}

/** What the form holds, as typed, before it becomes a CollaborationInput. */
export interface CollaborationFormValues {
  leadActorId: string;
  kind: string;
  status: string;
  titleSv: string;
  titleEn: string;
  summarySv: string;
  summaryEn: string;
  descriptionSv: string;
  descriptionEn: string;
  startDate: string;
  endDate: string;
  website: string;
  sdgs: number[];
  technologyAreas: string[];
  knowledgeAreas: string[];
  places: string[];
  funding: FundingValues[];
  /** The form has no field for these: an edit sends them back as they were. */
  linkedResourceIds: string[];
}

type FundingField = `funding[${number}].${'funderActorId' | 'funderName' | 'programme' | 'amountSek' | 'type'}`;

export type FormField =
  | 'leadActorId'
  | 'kind'
  | 'status'
  | 'title.sv'
  | 'title.en'
  | 'summary.sv'
  | 'summary.en'
  | 'description.sv'
  | 'description.en'
  | 'startDate'
  | 'endDate'
  | 'website'
  | 'sdgs'
  | 'technologyAreas'
  | 'knowledgeAreas'
  | 'places'
  | 'funding'
  | FundingField;

/** The order of the fields in the form, for focusing the first one at fault. */
export const FIELD_ORDER: readonly FormField[] = [
  'leadActorId',
  'kind',
  'status',
  'title.sv',
  'title.en',
  'summary.sv',
  'summary.en',
  'description.sv',
  'description.en',
  'startDate',
  'endDate',
  'website',
  'sdgs',
  'technologyAreas',
  'knowledgeAreas',
  'places',
  'funding',
];

export type ValidationCode =
  | 'required'
  | 'titleRequired'
  | 'tooLong'
  | 'tooMany'
  | 'url'
  | 'date'
  | 'endBeforeStart'
  | 'amount'
  | 'funderRequired';

export type FieldErrors = Partial<Record<FormField, ValidationCode>>;

const LIMIT = LIMITS.CollaborationInput;

/** The API's longest texts, from the limits generated from openapi.yaml. */
export const MAX_LENGTH = {
  'title.sv': LIMIT['title.sv'].maxLength,
  'title.en': LIMIT['title.en'].maxLength,
  'summary.sv': LIMIT['summary.sv'].maxLength,
  'summary.en': LIMIT['summary.en'].maxLength,
  'description.sv': LIMIT['description.sv'].maxLength,
  'description.en': LIMIT['description.en'].maxLength,
  website: LIMIT.website.maxLength,
  funderName: LIMIT['funding[].funderName'].maxLength,
  programme: LIMIT['funding[].programme'].maxLength,
} as const;

/** The API's largest lists. */
export const MAX_ITEMS = {
  sdgs: LIMIT.sdgs.maxItems,
  technologyAreas: LIMIT.technologyAreas.maxItems,
  knowledgeAreas: LIMIT.knowledgeAreas.maxItems,
  places: LIMIT.places.maxItems,
  funding: LIMIT.funding.maxItems,
} as const;

/** The API's range of a funding line's amount in SEK (0 to 10^12). */
export const AMOUNT = {
  min: LIMIT['funding[].amountSek'].minimum,
  max: LIMIT['funding[].amountSek'].maximum,
} as const;

/**
 * The numbers a field's message names ("at most {max} characters"), from the same limits the
 * check used, so that the sentence and the rule cannot drift apart.
 */
export function messageParams(field: FormField, code: ValidationCode): Record<string, number> | undefined {
  if (code === 'amount') return AMOUNT;
  if (code === 'tooMany' && field in MAX_ITEMS) return { max: MAX_ITEMS[field as keyof typeof MAX_ITEMS] };
  if (code !== 'tooLong') return undefined;
  if (field in MAX_LENGTH) return { max: MAX_LENGTH[field as keyof typeof MAX_LENGTH] };
  const funding = FUNDING_FIELD.exec(field);
  if (funding?.[2] === 'funderName' || funding?.[2] === 'programme') return { max: MAX_LENGTH[funding[2]] };
  return undefined;
}

export function emptyFunding(): FundingValues {
  return { funderActorId: '', funderName: '', programme: '', amountSek: '', type: '' };
}

export function emptyCollaborationForm(leadActorId = ''): CollaborationFormValues {
  return {
    leadActorId,
    kind: '',
    status: 'PLANNED',
    titleSv: '',
    titleEn: '',
    summarySv: '',
    summaryEn: '',
    descriptionSv: '',
    descriptionEn: '',
    startDate: '',
    endDate: '',
    website: '',
    sdgs: [],
    technologyAreas: [],
    knowledgeAreas: [],
    places: [],
    funding: [],
    linkedResourceIds: [],
  };
}

/** The form filled from a collaboration, for editing. */
export function collaborationToFormValues(collaboration: Collaboration): CollaborationFormValues {
  return {
    leadActorId: collaboration.lead.id,
    kind: collaboration.kind,
    status: collaboration.status,
    titleSv: collaboration.title.sv ?? '',
    titleEn: collaboration.title.en ?? '',
    summarySv: collaboration.summary?.sv ?? '',
    summaryEn: collaboration.summary?.en ?? '',
    descriptionSv: collaboration.description?.sv ?? '',
    descriptionEn: collaboration.description?.en ?? '',
    startDate: collaboration.startDate,
    endDate: collaboration.endDate ?? '',
    website: collaboration.website ?? '',
    sdgs: [...collaboration.sdgs],
    technologyAreas: collaboration.technologyAreas.map((area) => area.code),
    knowledgeAreas: collaboration.knowledgeAreas.map((area) => area.code),
    places: collaboration.places.map((place) => place.code),
    funding: collaboration.funding.map((line) => ({
      funderActorId: line.funder?.id ?? '',
      funderName: line.funderName ?? '',
      programme: line.programme ?? '',
      amountSek: String(line.amountSek),
      type: line.type,
    })),
    linkedResourceIds: collaboration.linkedResources.map((resource) => resource.id),
  };
}

export type ValidationResult = { ok: true; input: CollaborationInput } | { ok: false; errors: FieldErrors };

/** "1 500 000" and "1500000" are the same amount; anything but digits (or outside the API's range) is not one. */
export function parseAmount(text: string): number | undefined {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  // Digits only (no sign, no decimals); the length check keeps Number() exact before the range check.
  if (!/^\d{1,15}$/.test(digits)) return undefined;
  const amount = Number(digits);
  return amount >= AMOUNT.min && amount <= AMOUNT.max ? amount : undefined;
}

/** Checks the values by the API's rules and builds the request body; empty texts are left out. */
export function validateCollaboration(values: CollaborationFormValues): ValidationResult {
  const errors: FieldErrors = {};
  const fail = (field: FormField, code: ValidationCode) => {
    if (!errors[field]) errors[field] = code;
  };
  const text = (field: FormField, value: string, max: number): string | undefined => {
    const trimmed = value.trim();
    if (!trimmed) return undefined;
    if (trimmed.length > max) fail(field, 'tooLong');
    return trimmed;
  };
  const localized = (sv: string | undefined, en: string | undefined) =>
    sv || en ? { ...(sv ? { sv } : {}), ...(en ? { en } : {}) } : undefined;

  if (!values.leadActorId) fail('leadActorId', 'required');
  if (!isCollaborationKind(values.kind)) fail('kind', 'required');
  if (!isCollaborationStatus(values.status)) fail('status', 'required');

  const titleSv = text('title.sv', values.titleSv, MAX_LENGTH['title.sv']);
  const titleEn = text('title.en', values.titleEn, MAX_LENGTH['title.en']);
  if (!titleSv && !titleEn) fail('title.sv', 'titleRequired');
  const summary = localized(
    text('summary.sv', values.summarySv, MAX_LENGTH['summary.sv']),
    text('summary.en', values.summaryEn, MAX_LENGTH['summary.en']),
  );
  // Markdown keeps its own line breaks and indentation: only blank texts are left out.
  const descriptionSv = values.descriptionSv.trim() ? values.descriptionSv : undefined;
  const descriptionEn = values.descriptionEn.trim() ? values.descriptionEn : undefined;
  if (descriptionSv && descriptionSv.length > MAX_LENGTH['description.sv']) fail('description.sv', 'tooLong');
  if (descriptionEn && descriptionEn.length > MAX_LENGTH['description.en']) fail('description.en', 'tooLong');

  const startDate = values.startDate.trim();
  if (!startDate) fail('startDate', 'required');
  else if (!isIsoDate(startDate)) fail('startDate', 'date');
  const endDate = values.endDate.trim() || undefined;
  if (endDate && !isIsoDate(endDate)) fail('endDate', 'date');
  else if (endDate && isIsoDate(startDate) && endDate < startDate) fail('endDate', 'endBeforeStart');

  const website = values.website.trim() || undefined;
  if (website && (website.length > MAX_LENGTH.website || !isHttpUrl(website))) fail('website', 'url');

  for (const field of ['sdgs', 'technologyAreas', 'knowledgeAreas', 'places', 'funding'] as const) {
    if (values[field].length > MAX_ITEMS[field]) fail(field, 'tooMany');
  }

  const funding: FundingLineInput[] = values.funding.map((line, index) => {
    const field = (name: 'funderActorId' | 'funderName' | 'programme' | 'amountSek' | 'type'): FundingField =>
      `funding[${index}].${name}`;
    const funderName = line.funderActorId ? undefined : text(field('funderName'), line.funderName, MAX_LENGTH.funderName);
    if (!line.funderActorId && !funderName) fail(field('funderName'), 'funderRequired');
    const programme = text(field('programme'), line.programme, MAX_LENGTH.programme);
    const amountSek = parseAmount(line.amountSek);
    if (amountSek === undefined) fail(field('amountSek'), line.amountSek.trim() ? 'amount' : 'required');
    if (!isFundingType(line.type)) fail(field('type'), 'required');
    return {
      ...(line.funderActorId ? { funderActorId: line.funderActorId } : {}),
      ...(funderName ? { funderName } : {}),
      ...(programme ? { programme } : {}),
      amountSek: amountSek ?? 0,
      type: isFundingType(line.type) ? line.type : 'PUBLIC',
    };
  });

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const description = localized(descriptionSv, descriptionEn);
  const input: CollaborationInput = {
    leadActorId: values.leadActorId,
    kind: values.kind as CollaborationInput['kind'],
    status: values.status as CollaborationInput['status'],
    title: localized(titleSv, titleEn)!,
    startDate,
    ...(summary ? { summary } : {}),
    ...(description ? { description } : {}),
    ...(endDate ? { endDate } : {}),
    ...(website ? { website } : {}),
    sdgs: [...values.sdgs].sort((a, b) => a - b),
    technologyAreas: [...values.technologyAreas],
    knowledgeAreas: [...values.knowledgeAreas],
    places: [...values.places],
    funding,
    linkedResourceIds: [...values.linkedResourceIds],
  };
  return { ok: true, input };
}

const FUNDING_FIELD = /^funding\[(\d+)\]\.(funderActorId|funderName|programme|amountSek|type)$/;
const LISTS = new Set(['sdgs', 'technologyAreas', 'knowledgeAreas', 'places']);

/**
 * The form field a server error names (`knowledgeAreas[3]` is the knowledge-area picker,
 * `funding[1]` a funding line's funder), or undefined for what the form has no field for
 * (`linkedResourceIds[0]`), which the form lists above its fields.
 */
export function fieldOfServerError(path: string): FormField | undefined {
  const funding = FUNDING_FIELD.exec(path);
  if (funding) return `funding[${Number(funding[1])}].${funding[2] as 'funderName'}`;
  const line = /^funding\[(\d+)\]$/.exec(path);
  if (line) return `funding[${Number(line[1])}].funderName`;
  const base = path.replace(/\[\d*\]$/, '');
  if (LISTS.has(base) || base === 'funding') return base as FormField;
  if (path === 'title' || path === 'summary' || path === 'description') return `${path}.sv`;
  return (FIELD_ORDER as readonly string[]).includes(path) ? (path as FormField) : undefined;
}

/**
 * Where a field's value lives in the form's values (react-hook-form's path): the API's
 * `title.sv` is `titleSv`, `funding[1].amountSek` is `funding.1.amountSek`; an error about the
 * funding lines as a whole sits at `funding.root`, beside the lines' own.
 */
export function valuePathOf(field: FormField): string {
  const funding = FUNDING_FIELD.exec(field);
  if (funding) return `funding.${funding[1]}.${funding[2]}`;
  if (field === 'funding') return 'funding.root';
  const localized = /^(title|summary|description)\.(sv|en)$/.exec(field);
  if (localized) return `${localized[1]}${localized[2] === 'sv' ? 'Sv' : 'En'}`;
  return field;
}

/** The way back from a value's path in the form to the API field it holds (valuePathOf's inverse). */
export function fieldOfValuePath(path: string): FormField | undefined {
  const funding = /^funding\.(\d+)\.(funderActorId|funderName|programme|amountSek|type)$/.exec(path);
  if (funding) return `funding[${Number(funding[1])}].${funding[2] as 'funderName'}`;
  if (path === 'funding.root') return 'funding';
  const localized = /^(title|summary|description)(Sv|En)$/.exec(path);
  if (localized) return `${localized[1] as 'title'}.${localized[2] === 'Sv' ? 'sv' : 'en'}`;
  return (FIELD_ORDER as readonly string[]).includes(path) ? (path as FormField) : undefined;
}

/** Of the fields at fault, the one that comes first in the form. */
export function firstFieldAtFault(errors: FieldErrors): FormField | undefined {
  const rank = (field: FormField): number => {
    const funding = FUNDING_FIELD.exec(field);
    return funding ? FIELD_ORDER.indexOf('funding') + 0.01 * (Number(funding[1]) + 1) : FIELD_ORDER.indexOf(field);
  };
  return (Object.keys(errors) as FormField[]).sort((a, b) => rank(a) - rank(b))[0];
}
