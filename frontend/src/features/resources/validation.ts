/**
 * The rules the API applies to a resource (ResourceInput and ResourceService), checked in the
 * browser before sending, so that people see the same verdict as the server without a round trip.
 * The create and the edit form both use this module; the server stays the authority, and its
 * field errors (`errors[].field`, such as "event.end" or "facility.trlMax") are shown on the same
 * fields: the form's fields are named by the API's own paths (`fieldOfServerError`).
 */
import { LATITUDE, LONGITUDE, parseCoordinate } from '../../components/map/bounds';
import { isEmail, isHttpUrl, URL_MAX } from '../../lib/validation/formats';
import { isIsoDate } from '../../lib/url-filters';
import { addDays, addYears } from './catalogue-filters';
import { coOrganiserIdsToKeep } from './moderation';
import {
  DETAILS_FIELD,
  isAccessCondition,
  isAttendanceMode,
  isEducationLevel,
  isEventStatus,
  isFrequency,
  isResourceKind,
  isStudyMode,
  kindDetailsOf,
  WEEKDAYS,
  type DetailsField,
  type Frequency,
  type Recurrence,
  type Resource,
  type ResourceInput,
  type Weekday,
} from './model';

export const EVENT_TIME_ZONE = 'Europe/Stockholm';
export const MAX_OCCURRENCES = 200;
export const RECURRENCE_YEARS = 2;
export const TRL = { min: 1, max: 9 } as const;
/** The API's DOI pattern; `https://doi.org/` and `doi:` in front are taken off first. */
export const DOI = /^10\.[0-9]{4,9}\/[-._;()/:A-Za-z0-9]+$/;
const PHONE = /^\+?[0-9 ()-]{5,30}$/;
const LANGUAGE_CODE = /^[a-z]{2}$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export interface LinkValues {
  label: string;
  url: string;
}

/** What the form holds: text as typed (lists comma- or line-separated), before it becomes a ResourceInput. */
export interface ResourceFormValues {
  actorId: string;
  kind: string;
  titleSv: string;
  titleEn: string;
  summarySv: string;
  summaryEn: string;
  bodySv: string;
  bodyEn: string;
  /** Comma-separated. */
  tags: string;
  technologyAreas: string[];
  sdgs: number[];
  municipalityCode: string;
  /** The resource's place, as typed or picked on the map; both empty for none. */
  latitude: string;
  longitude: string;
  links: LinkValues[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  event: {
    /** As a datetime-local control writes it: 2026-04-06T10:00, wall-clock time in `timeZone`. */
    start: string;
    end: string;
    allDay: boolean;
    timeZone: string;
    repeats: boolean;
    freq: string;
    interval: string;
    byDay: Weekday[];
    /** Exactly one of count and until bounds a recurrence. */
    ends: 'count' | 'until';
    count: string;
    until: string;
    /** Comma-separated dates. */
    exceptions: string;
    venueName: string;
    venueAddress: string;
    venueMunicipalityCode: string;
    onlineUrl: string;
    attendanceMode: string;
    registrationUrl: string;
    registrationDeadline: string;
    capacity: string;
    price: string;
    /** Comma-separated two-letter codes. */
    languages: string;
    eventStatus: string;
  };
  facility: {
    accessCondition: string;
    trlMin: string;
    trlMax: string;
    /** One a line. */
    equipment: string;
    useCases: string;
    datasets: string;
    costModel: string;
    bookingUrl: string;
  };
  education: {
    level: string;
    mode: string;
    credits: string;
    pace: string;
    /** Comma-separated dates. */
    startDates: string;
    applicationDeadline: string;
    language: string;
  };
  researchResult: {
    doi: string;
    /** One a line. */
    authors: string;
    date: string;
    url: string;
    openAccess: boolean;
  };
  horizonScan: {
    publicationDate: string;
    /** Comma-separated. */
    themes: string;
    documentUrl: string;
    publisher: string;
  };
  meetingPlace: {
    address: string;
    openingHours: string;
    /** Comma-separated. */
    facilities: string;
    bookingUrl: string;
  };
  supportUnit: {
    /** One a line. */
    services: string;
    eligibility: string;
    costModel: string;
  };
  seminarSeries: {
    topic: string;
    cadence: string;
  };
  /**
   * What the resource has and the form does not show (co-organisers, the details it has no field
   * for): an edit sends it back unchanged, since PUT replaces every field.
   */
  kept: {
    coOrganiserIds?: string[];
    language?: string;
    details?: Record<string, unknown>;
  };
}

/** The form's fields, named by the API's paths, in the order they appear: the first one at fault gets the focus. */
export const RESOURCE_FIELDS = [
  'actorId',
  'kind',
  'title.sv',
  'title.en',
  'summary.sv',
  'summary.en',
  'body.sv',
  'body.en',
  'event.start',
  'event.end',
  'event.timeZone',
  'event.recurrence.freq',
  'event.recurrence.interval',
  'event.recurrence.byDay',
  'event.recurrence.count',
  'event.recurrence.until',
  'event.recurrence.exceptions',
  'event.recurrence',
  'event.venue.name',
  'event.venue.address',
  'event.venue.municipalityCode',
  'event.attendanceMode',
  'event.onlineUrl',
  'event.registrationUrl',
  'event.registrationDeadline',
  'event.capacity',
  'event.price',
  'event.languages',
  'event.eventStatus',
  'facility.accessCondition',
  'facility.trlMin',
  'facility.trlMax',
  'facility.equipment',
  'facility.useCases',
  'facility.datasets',
  'facility.costModel',
  'facility.bookingUrl',
  'education.level',
  'education.mode',
  'education.credits',
  'education.pace',
  'education.startDates',
  'education.applicationDeadline',
  'education.language',
  'researchResult.doi',
  'researchResult.authors',
  'researchResult.date',
  'researchResult.url',
  'horizonScan.publicationDate',
  'horizonScan.themes',
  'horizonScan.documentUrl',
  'horizonScan.publisher',
  'meetingPlace.address',
  'meetingPlace.openingHours',
  'meetingPlace.facilities',
  'meetingPlace.bookingUrl',
  'supportUnit.services',
  'supportUnit.eligibility',
  'supportUnit.costModel',
  'seminarSeries.topic',
  'seminarSeries.cadence',
  'tags',
  'technologyAreas',
  'sdgs',
  'municipalityCode',
  'location.lat',
  'location.lon',
  'links',
  'contact.name',
  'contact.email',
  'contact.phone',
] as const;

export type ResourceField = (typeof RESOURCE_FIELDS)[number];
/** One link's fields: `links[2].url`, as the API names them. */
export type LinkField = `links[${number}].${'url' | 'label'}`;
export type FormField = ResourceField | LinkField;

/** Why a field is at fault; the form turns each into a sentence in the reader's language. */
export type ValidationCode =
  | 'required'
  | 'choose'
  | 'actor'
  | 'titleRequired'
  | 'tooLong'
  | 'tooMany'
  | 'itemTooLong'
  | 'url'
  | 'email'
  | 'phone'
  | 'municipality'
  | 'technologyAreaUnknown'
  | 'date'
  | 'dates'
  | 'dateTime'
  | 'endBeforeStart'
  | 'timeZone'
  | 'count'
  | 'interval'
  | 'untilBeforeStart'
  | 'untilTooLate'
  | 'byDayDaily'
  | 'tooManyOccurrences'
  | 'capacity'
  | 'languages'
  | 'language'
  | 'trl'
  | 'trlOrder'
  | 'doi'
  | 'credits'
  | 'pace'
  | 'number'
  | 'latitudeRange'
  | 'longitudeRange'
  | 'locationPair';

export type FieldErrors = Partial<Record<FormField, ValidationCode>>;

/** The longest text each field takes (the API's @Size); `tooLong` and `itemTooLong` name it. */
export const MAX_LENGTH: Partial<Record<FormField | 'linkLabel', number>> = {
  'title.sv': 300,
  'title.en': 300,
  'summary.sv': 1000,
  'summary.en': 1000,
  'body.sv': 50_000,
  'body.en': 50_000,
  tags: 60,
  'contact.name': 200,
  'event.venue.name': 200,
  'event.venue.address': 300,
  'event.price': 100,
  'event.onlineUrl': URL_MAX,
  'event.registrationUrl': URL_MAX,
  'facility.equipment': 200,
  'facility.useCases': 200,
  'facility.datasets': 200,
  'facility.costModel': 500,
  'facility.bookingUrl': URL_MAX,
  'researchResult.authors': 200,
  'researchResult.url': URL_MAX,
  'horizonScan.themes': 100,
  'horizonScan.documentUrl': URL_MAX,
  'horizonScan.publisher': 200,
  'meetingPlace.address': 300,
  'meetingPlace.openingHours': 500,
  'meetingPlace.facilities': 100,
  'meetingPlace.bookingUrl': URL_MAX,
  'supportUnit.services': 200,
  'supportUnit.eligibility': 500,
  'supportUnit.costModel': 500,
  'seminarSeries.topic': 300,
  'seminarSeries.cadence': 200,
  linkLabel: 200,
};

/** The most items each list takes (the API's @Size on lists); `tooMany` names it. */
export const MAX_ITEMS: Partial<Record<FormField, number>> = {
  tags: 20,
  technologyAreas: 20,
  sdgs: 17,
  links: 10,
  'event.recurrence.exceptions': 200,
  'event.languages': 5,
  'facility.equipment': 50,
  'facility.useCases': 30,
  'facility.datasets': 30,
  'education.startDates': 20,
  'researchResult.authors': 100,
  'horizonScan.themes': 20,
  'meetingPlace.facilities': 30,
  'supportUnit.services': 30,
};

/** Known codes of the vocabularies and the caller's actors, when loaded; without them only the format is checked. */
export interface ValidationContext {
  municipalityCodes?: ReadonlySet<string>;
  technologyAreaCodes?: ReadonlySet<string>;
  /** The actors the caller may publish for. */
  actorIds?: ReadonlySet<string>;
}

export type ValidationResult = { ok: true; input: ResourceInput } | { ok: false; errors: FieldErrors };

export function emptyResourceForm(actorId = '', kind = ''): ResourceFormValues {
  return {
    actorId,
    kind,
    titleSv: '',
    titleEn: '',
    summarySv: '',
    summaryEn: '',
    bodySv: '',
    bodyEn: '',
    tags: '',
    technologyAreas: [],
    sdgs: [],
    municipalityCode: '',
    latitude: '',
    longitude: '',
    links: [],
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    event: {
      start: '',
      end: '',
      allDay: false,
      timeZone: EVENT_TIME_ZONE,
      repeats: false,
      freq: 'WEEKLY',
      interval: '1',
      byDay: [],
      ends: 'count',
      count: '',
      until: '',
      exceptions: '',
      venueName: '',
      venueAddress: '',
      venueMunicipalityCode: '',
      onlineUrl: '',
      attendanceMode: '',
      registrationUrl: '',
      registrationDeadline: '',
      capacity: '',
      price: '',
      languages: '',
      eventStatus: '',
    },
    facility: {
      accessCondition: '',
      trlMin: '',
      trlMax: '',
      equipment: '',
      useCases: '',
      datasets: '',
      costModel: '',
      bookingUrl: '',
    },
    education: { level: '', mode: '', credits: '', pace: '', startDates: '', applicationDeadline: '', language: '' },
    researchResult: { doi: '', authors: '', date: '', url: '', openAccess: false },
    horizonScan: { publicationDate: '', themes: '', documentUrl: '', publisher: '' },
    meetingPlace: { address: '', openingHours: '', facilities: '', bookingUrl: '' },
    supportUnit: { services: '', eligibility: '', costModel: '' },
    seminarSeries: { topic: '', cadence: '' },
    kept: {},
  };
}

// --- reading a resource back into the form ---

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : []);
/** A stored local date-time as a datetime-local control shows it (seconds only when there are some). */
const localDateTime = (value: unknown): string => text(value).replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):00$/, '$1');

/** The form filled with a resource's current values (the raw Markdown, not the rendered HTML). */
export function resourceToFormValues(resource: Resource): ResourceFormValues {
  const values = emptyResourceForm(resource.actor.id, resource.kind);
  Object.assign(values, {
    titleSv: resource.title.sv ?? '',
    titleEn: resource.title.en ?? '',
    summarySv: resource.summary.sv ?? '',
    summaryEn: resource.summary.en ?? '',
    bodySv: resource.body.sv ?? '',
    bodyEn: resource.body.en ?? '',
    tags: resource.tags.join(', '),
    technologyAreas: resource.technologyAreas.map((area) => area.code),
    sdgs: [...resource.sdgs],
    municipalityCode: resource.municipality?.code ?? '',
    latitude: resource.location ? String(resource.location.lat) : '',
    longitude: resource.location ? String(resource.location.lon) : '',
    links: resource.links.map((link) => ({ label: link.label ?? '', url: link.url })),
    contactName: resource.contact?.name ?? '',
    contactEmail: resource.contact?.email ?? '',
    contactPhone: resource.contact?.phone ?? '',
    kept: {
      coOrganiserIds: coOrganiserIdsToKeep(resource),
      language: resource.language,
      ...(resource.details ? { details: resource.details } : {}),
    },
  });
  const kind = kindDetailsOf(resource);
  switch (kind?.field) {
    case 'event': {
      const d = kind.details;
      const r = d.recurrence;
      values.event = {
        ...values.event,
        start: localDateTime(d.start),
        end: localDateTime(d.end),
        allDay: d.allDay ?? false,
        timeZone: d.timeZone ?? EVENT_TIME_ZONE,
        repeats: !!r,
        freq: r?.freq ?? 'WEEKLY',
        interval: r?.interval ? String(r.interval) : '1',
        byDay: r?.byDay ?? [],
        ends: r?.until ? 'until' : 'count',
        count: r?.count ? String(r.count) : '',
        until: r?.until ?? '',
        exceptions: (r?.exceptions ?? []).join(', '),
        venueName: d.venue?.name ?? '',
        venueAddress: d.venue?.address ?? '',
        venueMunicipalityCode: d.venue?.municipalityCode ?? '',
        onlineUrl: d.onlineUrl ?? '',
        attendanceMode: d.attendanceMode ?? '',
        registrationUrl: d.registrationUrl ?? '',
        registrationDeadline: d.registrationDeadline ?? '',
        capacity: d.capacity ? String(d.capacity) : '',
        price: d.price ?? '',
        languages: (d.languages ?? []).join(', '),
        eventStatus: d.eventStatus ?? '',
      };
      break;
    }
    case 'facility': {
      const d = kind.details;
      values.facility = {
        accessCondition: d.accessCondition ?? '',
        trlMin: d.trlMin ? String(d.trlMin) : '',
        trlMax: d.trlMax ? String(d.trlMax) : '',
        equipment: list(d.equipment).join('\n'),
        useCases: list(d.useCases).join('\n'),
        datasets: list(d.datasets).join('\n'),
        costModel: d.costModel ?? '',
        bookingUrl: d.bookingUrl ?? '',
      };
      break;
    }
    case 'education': {
      const d = kind.details;
      values.education = {
        level: d.level ?? '',
        mode: d.mode ?? '',
        credits: d.credits === undefined ? '' : String(d.credits).replace('.', ','),
        pace: d.pace ? String(d.pace) : '',
        startDates: list(d.startDates).join(', '),
        applicationDeadline: d.applicationDeadline ?? '',
        language: d.language ?? '',
      };
      break;
    }
    case 'researchResult': {
      const d = kind.details;
      values.researchResult = {
        doi: d.doi ?? '',
        authors: list(d.authors).join('\n'),
        date: d.date ?? '',
        url: d.url ?? '',
        openAccess: d.openAccess ?? false,
      };
      break;
    }
    case 'horizonScan': {
      const d = kind.details;
      values.horizonScan = {
        publicationDate: d.publicationDate ?? '',
        themes: list(d.themes).join(', '),
        documentUrl: d.documentUrl ?? '',
        publisher: d.publisher ?? '',
      };
      break;
    }
    case 'meetingPlace': {
      const d = kind.details;
      values.meetingPlace = {
        address: d.address ?? '',
        openingHours: d.openingHours ?? '',
        facilities: list(d.facilities).join(', '),
        bookingUrl: d.bookingUrl ?? '',
      };
      break;
    }
    case 'supportUnit': {
      const d = kind.details;
      values.supportUnit = {
        services: list(d.services).join('\n'),
        eligibility: d.eligibility ?? '',
        costModel: d.costModel ?? '',
      };
      break;
    }
    case 'seminarSeries': {
      const d = kind.details;
      values.seminarSeries = { topic: d.topic ?? '', cadence: d.cadence ?? '' };
      break;
    }
    case undefined:
      break;
  }
  return values;
}

// --- small checks ---

/** Items of a comma-separated text, trimmed, without blanks. */
export function splitCommas(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Items of a text with one a line, trimmed, without blanks. */
export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** As the server stores tags: trimmed, lower case, single spaces, each once. */
export function parseTags(value: string): string[] {
  return [...new Set(splitCommas(value).map((tag) => tag.replace(/\s+/g, ' ').toLocaleLowerCase('sv')))];
}

/** A time zone the server knows: an IANA name such as Europe/Stockholm (or UTC), as Intl knows it too. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The DOI alone, without the resolver or `doi:` in front of it. */
export function normaliseDoi(value: string): string {
  return value
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
}

/** A local date-time (datetime-local's value) with seconds, as the API writes it; undefined if it is not one. */
export function toLocalDateTime(value: string): string | undefined {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match || !isIsoDate(match[1]!)) return undefined;
  const [hours, minutes, seconds = '00'] = [match[2]!, match[3]!, match[4]];
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  return `${match[1]}T${hours}:${minutes}:${seconds}`;
}

/** A decimal number, accepting the Swedish decimal comma. */
function parseDecimal(value: string): number | undefined {
  const normalised = value.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : undefined;
}

function parseWhole(value: string): number | undefined {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

// --- recurrence ---

const DAY_MS = 86_400_000;
const WEEKDAY_OF_UTC_DAY: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

function weekdayOf(isoDate: string): Weekday {
  return WEEKDAY_OF_UTC_DAY[new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
}

/**
 * The dates a recurring event happens on, as the server expands its RRULE (RFC 5545, weeks from
 * Monday): from the start date, every `interval` days, weeks or months, on `byDay` (else the start's
 * weekday, or for MONTHLY its day of the month), until `count` or `until`, the start always first,
 * without the exceptions. Undefined when there would be more than 200.
 */
export function occurrenceDates(
  startDate: string,
  recurrence: Pick<Recurrence, 'freq' | 'interval' | 'byDay' | 'count' | 'until' | 'exceptions'>,
): string[] | undefined {
  const interval = recurrence.interval ?? 1;
  const byDay = recurrence.byDay?.length ? new Set(recurrence.byDay) : undefined;
  const start = dayNumber(startDate);
  const startMonday = start - ((WEEKDAYS.indexOf(weekdayOf(startDate)) + 7) % 7);
  const [startYear, startMonth, startDay] = startDate.split('-').map(Number) as [number, number, number];
  // The server looks two years and a day ahead at most, and stops after 201 dates.
  const last = recurrence.until ?? addDays(addYears(startDate, RECURRENCE_YEARS), 1);
  const matches = (date: string): boolean => {
    const day = dayNumber(date);
    switch (recurrence.freq) {
      case 'DAILY':
        return (day - start) % interval === 0;
      case 'WEEKLY':
        return Math.floor((day - startMonday) / 7) % interval === 0 && (byDay ?? new Set([weekdayOf(startDate)])).has(weekdayOf(date));
      case 'MONTHLY': {
        const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
        const months = (year - startYear) * 12 + (month - startMonth);
        return months % interval === 0 && (byDay ? byDay.has(weekdayOf(date)) : dayOfMonth === startDay);
      }
    }
  };
  const dates: string[] = [];
  for (let date = startDate; date <= last && dates.length <= MAX_OCCURRENCES; date = addDays(date, 1)) {
    if (!matches(date)) continue;
    dates.push(date);
    if (recurrence.count !== undefined && dates.length >= recurrence.count) break;
  }
  if (dates[0] !== startDate) dates.unshift(startDate);
  const exceptions = new Set(recurrence.exceptions ?? []);
  const kept = dates.filter((date) => !exceptions.has(date));
  return kept.length > MAX_OCCURRENCES ? undefined : kept;
}

// --- the whole form ---

/** Drops the properties that are undefined, so that "not given" is absent from the JSON. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function isEmptyObject(value: object): boolean {
  return Object.keys(value).length === 0;
}

/** Checks the form against the API's rules and, if it passes, builds the request body. */
export function validateResource(values: ResourceFormValues, context: ValidationContext = {}): ValidationResult {
  const errors: FieldErrors = {};
  const fail = (field: FormField, code: ValidationCode) => {
    errors[field] ??= code;
  };

  /** A trimmed optional text within its length, or undefined. */
  const optionalText = (field: ResourceField, value: string): string | undefined => {
    const trimmed = value.trim();
    if (!trimmed) return undefined;
    const max = MAX_LENGTH[field];
    if (max !== undefined && trimmed.length > max) {
      fail(field, 'tooLong');
      return undefined;
    }
    return trimmed;
  };
  const optionalUrl = (field: ResourceField, value: string): string | undefined => {
    const url = value.trim();
    if (!url) return undefined;
    if (url.length > URL_MAX || !isHttpUrl(url)) {
      fail(field, 'url');
      return undefined;
    }
    return url;
  };
  const optionalDate = (field: ResourceField, value: string): string | undefined => {
    const date = value.trim();
    if (!date) return undefined;
    if (!isIsoDate(date)) {
      fail(field, 'date');
      return undefined;
    }
    return date;
  };
  const requiredDate = (field: ResourceField, value: string): string | undefined => {
    if (!value.trim()) {
      fail(field, 'required');
      return undefined;
    }
    return optionalDate(field, value);
  };
  /** A list within its size, each item within its length; undefined when empty. */
  const items = (field: ResourceField, parsed: string[]): string[] | undefined => {
    const maxItems = MAX_ITEMS[field];
    const maxLength = MAX_LENGTH[field];
    if (maxItems !== undefined && parsed.length > maxItems) fail(field, 'tooMany');
    else if (maxLength !== undefined && parsed.some((item) => item.length > maxLength)) fail(field, 'itemTooLong');
    else if (parsed.length > 0) return parsed;
    return undefined;
  };
  const dates = (field: ResourceField, value: string): string[] | undefined => {
    const parsed = splitCommas(value);
    if (parsed.some((date) => !isIsoDate(date))) {
      fail(field, 'dates');
      return undefined;
    }
    return items(field, [...new Set(parsed)].sort());
  };
  const municipality = (field: ResourceField, value: string): string | undefined => {
    const code = value.trim();
    if (!code) return undefined;
    const known = context.municipalityCodes ? context.municipalityCodes.has(code) : true;
    if (!/^\d{4}$/.test(code) || !known) {
      fail(field, 'municipality');
      return undefined;
    }
    return code;
  };

  // Who publishes, and what.
  if (!values.actorId) fail('actorId', 'required');
  else if (context.actorIds && !context.actorIds.has(values.actorId)) fail('actorId', 'actor');
  if (!values.kind) fail('kind', 'required');
  else if (!isResourceKind(values.kind)) fail('kind', 'choose');

  const title = compact({ sv: optionalText('title.sv', values.titleSv), en: optionalText('title.en', values.titleEn) });
  if (!values.titleSv.trim() && !values.titleEn.trim()) fail('title.sv', 'titleRequired');
  const summary = compact({
    sv: optionalText('summary.sv', values.summarySv),
    en: optionalText('summary.en', values.summaryEn),
  });
  const body = compact({ sv: optionalText('body.sv', values.bodySv), en: optionalText('body.en', values.bodyEn) });

  const tags = parseTags(values.tags);
  if (tags.length > (MAX_ITEMS.tags ?? 0)) fail('tags', 'tooMany');
  else if (tags.some((tag) => tag.length > (MAX_LENGTH.tags ?? 0))) fail('tags', 'itemTooLong');

  const areas = [...new Set(values.technologyAreas)];
  if (areas.length > (MAX_ITEMS.technologyAreas ?? 0)) fail('technologyAreas', 'tooMany');
  else if (context.technologyAreaCodes && areas.some((code) => !context.technologyAreaCodes?.has(code))) {
    fail('technologyAreas', 'technologyAreaUnknown');
  }
  const sdgs = [...new Set(values.sdgs)].sort((a, b) => a - b);
  if (sdgs.some((n) => !Number.isInteger(n) || n < 1 || n > 17)) fail('sdgs', 'choose');

  const municipalityCode = municipality('municipalityCode', values.municipalityCode);

  // Both or neither, inside the box the API accepts (the map picker offers only such places).
  let location: ResourceInput['location'];
  const latText = values.latitude.trim();
  const lonText = values.longitude.trim();
  if (latText || lonText) {
    const lat = latText ? parseCoordinate(latText) : undefined;
    const lon = lonText ? parseCoordinate(lonText) : undefined;
    if (!latText) fail('location.lat', 'locationPair');
    else if (lat === undefined) fail('location.lat', 'number');
    else if (lat < LATITUDE.min || lat > LATITUDE.max) fail('location.lat', 'latitudeRange');
    if (!lonText) fail('location.lon', 'locationPair');
    else if (lon === undefined) fail('location.lon', 'number');
    else if (lon < LONGITUDE.min || lon > LONGITUDE.max) fail('location.lon', 'longitudeRange');
    if (!errors['location.lat'] && !errors['location.lon'] && lat !== undefined && lon !== undefined) location = { lat, lon };
  }

  const links: { label?: string; url: string }[] = [];
  if (values.links.length > (MAX_ITEMS.links ?? 0)) fail('links', 'tooMany');
  values.links.forEach((link, index) => {
    const url = link.url.trim();
    const label = link.label.trim();
    if (!url && !label) return;
    if (!url) fail(`links[${index}].url`, 'required');
    else if (url.length > URL_MAX || !isHttpUrl(url)) fail(`links[${index}].url`, 'url');
    if (label.length > (MAX_LENGTH.linkLabel ?? 0)) fail(`links[${index}].label`, 'tooLong');
    links.push(compact({ label: label || undefined, url }));
  });

  const contactEmail = values.contactEmail.trim();
  if (contactEmail && !isEmail(contactEmail)) fail('contact.email', 'email');
  const contactPhone = values.contactPhone.trim();
  if (contactPhone && !PHONE.test(contactPhone)) fail('contact.phone', 'phone');
  const contact = compact({
    name: optionalText('contact.name', values.contactName),
    email: contactEmail || undefined,
    phone: contactPhone || undefined,
  });

  // The kind's own fields: only the object of the chosen kind is sent.
  let detailsField: DetailsField | undefined;
  let details: Record<string, unknown> | undefined;
  const kept = values.kept.details ?? {};
  if (isResourceKind(values.kind)) {
    detailsField = DETAILS_FIELD[values.kind];
    switch (detailsField) {
      case 'event':
        details = validateEvent();
        break;
      case 'facility': {
        const f = values.facility;
        if (!f.accessCondition) fail('facility.accessCondition', 'required');
        else if (!isAccessCondition(f.accessCondition)) fail('facility.accessCondition', 'choose');
        const trl = (field: 'facility.trlMin' | 'facility.trlMax', value: string): number | undefined => {
          if (!value.trim()) return undefined;
          const n = parseWhole(value);
          if (n === undefined || n < TRL.min || n > TRL.max) {
            fail(field, 'trl');
            return undefined;
          }
          return n;
        };
        const trlMin = trl('facility.trlMin', f.trlMin);
        const trlMax = trl('facility.trlMax', f.trlMax);
        if (trlMin !== undefined && trlMax !== undefined && trlMin > trlMax) fail('facility.trlMax', 'trlOrder');
        details = {
          accessCondition: f.accessCondition || undefined,
          trlMin,
          trlMax,
          equipment: items('facility.equipment', splitLines(f.equipment)),
          useCases: items('facility.useCases', splitLines(f.useCases)),
          datasets: items('facility.datasets', splitLines(f.datasets)),
          costModel: optionalText('facility.costModel', f.costModel),
          bookingUrl: optionalUrl('facility.bookingUrl', f.bookingUrl),
        };
        break;
      }
      case 'education': {
        const e = values.education;
        if (!e.level) fail('education.level', 'required');
        else if (!isEducationLevel(e.level)) fail('education.level', 'choose');
        if (!e.mode) fail('education.mode', 'required');
        else if (!isStudyMode(e.mode)) fail('education.mode', 'choose');
        let credits: number | undefined;
        if (e.credits.trim()) {
          credits = parseDecimal(e.credits);
          if (credits === undefined || credits < 0.5 || credits > 400) fail('education.credits', 'credits');
        }
        let pace: number | undefined;
        if (e.pace.trim()) {
          pace = parseWhole(e.pace);
          if (pace === undefined || pace < 1 || pace > 100) fail('education.pace', 'pace');
        }
        const language = e.language.trim().toLowerCase();
        if (language && !LANGUAGE_CODE.test(language)) fail('education.language', 'language');
        details = {
          level: e.level || undefined,
          mode: e.mode || undefined,
          credits,
          pace,
          startDates: dates('education.startDates', e.startDates),
          applicationDeadline: optionalDate('education.applicationDeadline', e.applicationDeadline),
          language: language || undefined,
        };
        break;
      }
      case 'researchResult': {
        const r = values.researchResult;
        const doi = normaliseDoi(r.doi);
        if (doi && !DOI.test(doi)) fail('researchResult.doi', 'doi');
        const authors = splitLines(r.authors);
        if (authors.length === 0) fail('researchResult.authors', 'required');
        details = {
          doi: doi || undefined,
          authors: items('researchResult.authors', authors),
          date: requiredDate('researchResult.date', r.date),
          url: optionalUrl('researchResult.url', r.url),
          openAccess: r.openAccess || undefined,
        };
        break;
      }
      case 'horizonScan': {
        const h = values.horizonScan;
        details = {
          publicationDate: requiredDate('horizonScan.publicationDate', h.publicationDate),
          themes: items('horizonScan.themes', [...new Set(splitCommas(h.themes))]),
          documentUrl: optionalUrl('horizonScan.documentUrl', h.documentUrl),
          publisher: optionalText('horizonScan.publisher', h.publisher),
        };
        break;
      }
      case 'meetingPlace': {
        const m = values.meetingPlace;
        details = {
          address: optionalText('meetingPlace.address', m.address),
          openingHours: optionalText('meetingPlace.openingHours', m.openingHours),
          facilities: items('meetingPlace.facilities', [...new Set(splitCommas(m.facilities))]),
          bookingUrl: optionalUrl('meetingPlace.bookingUrl', m.bookingUrl),
        };
        break;
      }
      case 'supportUnit': {
        const s = values.supportUnit;
        details = {
          services: items('supportUnit.services', splitLines(s.services)),
          eligibility: optionalText('supportUnit.eligibility', s.eligibility),
          costModel: optionalText('supportUnit.costModel', s.costModel),
        };
        break;
      }
      case 'seminarSeries': {
        const s = values.seminarSeries;
        details = {
          topic: optionalText('seminarSeries.topic', s.topic),
          cadence: optionalText('seminarSeries.cadence', s.cadence),
        };
        break;
      }
    }
    // What the form has no field for (the rooms of a venue on the map, a series' events) stays.
    details = compact({ ...kept, ...details });
  }

  function validateEvent(): Record<string, unknown> {
    const e = values.event;
    const start = e.start.trim() ? toLocalDateTime(e.start) : undefined;
    const end = e.end.trim() ? toLocalDateTime(e.end) : undefined;
    if (!e.start.trim()) fail('event.start', 'required');
    else if (!start) fail('event.start', 'dateTime');
    if (!e.end.trim()) fail('event.end', 'required');
    else if (!end) fail('event.end', 'dateTime');
    // An all-day event may end on the minute it starts (a one-day event written as one date).
    if (start && end && (e.allDay ? end < start : end <= start)) fail('event.end', 'endBeforeStart');
    const timeZone = e.timeZone.trim() || EVENT_TIME_ZONE;
    if (!isTimeZone(timeZone)) fail('event.timeZone', 'timeZone');

    let recurrence: Recurrence | undefined;
    if (e.repeats) {
      let freq: Frequency | undefined;
      if (!isFrequency(e.freq)) fail('event.recurrence.freq', 'choose');
      else freq = e.freq;
      const interval = e.interval.trim() ? parseWhole(e.interval) : 1;
      if (interval === undefined || interval < 1 || interval > 99) fail('event.recurrence.interval', 'interval');
      const byDay = freq === 'DAILY' ? [] : e.byDay;
      if (e.byDay.length > 0 && freq === 'DAILY') fail('event.recurrence.byDay', 'byDayDaily');
      let count: number | undefined;
      let until: string | undefined;
      if (e.ends === 'count') {
        if (!e.count.trim()) fail('event.recurrence.count', 'required');
        else {
          count = parseWhole(e.count);
          if (count === undefined || count < 1 || count > MAX_OCCURRENCES) fail('event.recurrence.count', 'count');
        }
      } else {
        until = requiredDate('event.recurrence.until', e.until);
        const startDate = start?.slice(0, 10);
        if (until && startDate) {
          if (until < startDate) fail('event.recurrence.until', 'untilBeforeStart');
          else if (until > addYears(startDate, RECURRENCE_YEARS)) fail('event.recurrence.until', 'untilTooLate');
        }
      }
      const exceptions = dates('event.recurrence.exceptions', e.exceptions);
      if (freq) {
        recurrence = compact({
          freq,
          interval: interval !== undefined && interval > 1 ? interval : undefined,
          byDay: byDay.length > 0 ? WEEKDAYS.filter((day) => byDay.includes(day)) : undefined,
          count,
          until,
          exceptions,
        });
        const bounded = Object.keys(errors).every((field) => !field.startsWith('event.recurrence'));
        if (start && bounded && !occurrenceDates(start.slice(0, 10), recurrence)) {
          fail('event.recurrence', 'tooManyOccurrences');
        }
      }
    }

    const capacityText = e.capacity.trim();
    const capacity = capacityText ? parseWhole(capacityText) : undefined;
    if (capacityText && (capacity === undefined || capacity < 1 || capacity > 1_000_000)) fail('event.capacity', 'capacity');
    const languages = [...new Set(splitCommas(e.languages.toLowerCase()))];
    if (languages.some((code) => !LANGUAGE_CODE.test(code)) || languages.length > (MAX_ITEMS['event.languages'] ?? 0)) {
      fail('event.languages', 'languages');
    }
    if (e.attendanceMode && !isAttendanceMode(e.attendanceMode)) fail('event.attendanceMode', 'choose');
    if (e.eventStatus && !isEventStatus(e.eventStatus)) fail('event.eventStatus', 'choose');

    const keptVenue = (kept.venue ?? {}) as Record<string, unknown>;
    const venue = compact({
      ...keptVenue,
      name: optionalText('event.venue.name', e.venueName),
      address: optionalText('event.venue.address', e.venueAddress),
      municipalityCode: municipality('event.venue.municipalityCode', e.venueMunicipalityCode),
    });
    return {
      start,
      end,
      timeZone,
      allDay: e.allDay || undefined,
      recurrence,
      venue: isEmptyObject(venue) ? undefined : venue,
      onlineUrl: optionalUrl('event.onlineUrl', e.onlineUrl),
      attendanceMode: e.attendanceMode || undefined,
      registrationUrl: optionalUrl('event.registrationUrl', e.registrationUrl),
      registrationDeadline: optionalDate('event.registrationDeadline', e.registrationDeadline),
      capacity,
      price: optionalText('event.price', e.price),
      languages: languages.length > 0 ? languages : undefined,
      eventStatus: e.eventStatus || undefined,
    };
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const input = compact({
    kind: values.kind,
    actorId: values.actorId,
    coOrganiserIds: values.kept.coOrganiserIds?.length ? values.kept.coOrganiserIds : undefined,
    title,
    summary: isEmptyObject(summary) ? undefined : summary,
    body: isEmptyObject(body) ? undefined : body,
    language: values.kept.language,
    tags: tags.length > 0 ? tags : undefined,
    technologyAreas: areas.length > 0 ? areas : undefined,
    sdgs: sdgs.length > 0 ? sdgs : undefined,
    municipalityCode,
    location,
    links: links.length > 0 ? links : undefined,
    contact: isEmptyObject(contact) ? undefined : contact,
    ...(detailsField && details ? { [detailsField]: details } : {}),
  });
  // Every value was checked above against the schema's types and bounds.
  return { ok: true, input: input as ResourceInput };
}

/** Where an API path that is not itself a field of the form shows up. */
const SERVER_ALIASES: Record<string, ResourceField> = {
  title: 'title.sv',
  summary: 'summary.sv',
  body: 'body.sv',
  contact: 'contact.email',
  location: 'location.lat',
  event: 'event.start',
  'event.venue': 'event.venue.name',
  facility: 'facility.accessCondition',
  education: 'education.level',
  researchResult: 'researchResult.authors',
  horizonScan: 'horizonScan.publicationDate',
  meetingPlace: 'meetingPlace.address',
  supportUnit: 'supportUnit.services',
  seminarSeries: 'seminarSeries.topic',
};

const KNOWN_FIELDS: ReadonlySet<string> = new Set(RESOURCE_FIELDS);

/**
 * The form field a server error's `field` belongs to: `event.end`, `facility.trlMax`,
 * `tags[3]` (the tags field), `links[2].url` (that link's address), also behind a prefix such as
 * `create.input.`. Undefined for what the form has no field for (co-organisers).
 */
export function fieldOfServerError(path: string): FormField | undefined {
  const link = /(?:^|\.)links\[(\d+)\]\.(url|label)$/.exec(path);
  if (link) return `links[${Number(link[1])}].${link[2] as 'url' | 'label'}`;
  const segments = path.replace(/\[\d*\]/g, '').split('.').filter(Boolean);
  for (let start = 0; start < segments.length; start++) {
    const candidate = segments.slice(start).join('.');
    if (KNOWN_FIELDS.has(candidate)) return candidate as ResourceField;
    if (Object.hasOwn(SERVER_ALIASES, candidate)) return SERVER_ALIASES[candidate];
  }
  return undefined;
}

/** Of the fields at fault, the one that comes first in the form. */
export function firstFieldAtFault(errors: FieldErrors): FormField | undefined {
  const rank = (field: string): number => {
    const link = /^links\[(\d+)\]\.(url|label)$/.exec(field);
    const base = RESOURCE_FIELDS.indexOf(link ? 'links' : (field as ResourceField));
    return link ? base + 0.001 * (Number(link[1]) * 2 + (link[2] === 'label' ? 0 : 1) + 1) : base;
  };
  return (Object.keys(errors) as FormField[]).sort((a, b) => rank(a) - rank(b))[0];
}
