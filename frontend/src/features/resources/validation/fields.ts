/**
 * The resource form's fields, named by the API's paths (`event.end`, `facility.trlMax`,
 * `links[2].url`): the client's checks and the server's problem+json `errors[].field` both speak
 * of these, and each has a place in the form's values (`valuePathOf`) where react-hook-form keeps
 * the text and its error.
 */

/** The form's fields in the order they appear: the first one at fault gets the focus. */
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

/** Why a field is at fault; the form turns each into a sentence in the reader's language (messages.ts). */
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

/**
 * Where a field's text lives in ResourceFormValues, when not at the same path: the form keeps a
 * title's languages side by side (titleSv), a recurrence's parts beside the event's, and the
 * recurrence as a whole is judged on its "repeats" checkbox.
 */
const VALUE_PATHS: Partial<Record<ResourceField, string>> = {
  'title.sv': 'titleSv',
  'title.en': 'titleEn',
  'summary.sv': 'summarySv',
  'summary.en': 'summaryEn',
  'body.sv': 'bodySv',
  'body.en': 'bodyEn',
  'event.recurrence.freq': 'event.freq',
  'event.recurrence.interval': 'event.interval',
  'event.recurrence.byDay': 'event.byDay',
  'event.recurrence.count': 'event.count',
  'event.recurrence.until': 'event.until',
  'event.recurrence.exceptions': 'event.exceptions',
  'event.recurrence': 'event.repeats',
  'event.venue.name': 'event.venueName',
  'event.venue.address': 'event.venueAddress',
  'event.venue.municipalityCode': 'event.venueMunicipalityCode',
  'location.lat': 'latitude',
  'location.lon': 'longitude',
  // The links' own list is an array of rows: its error sits beside them, as react-hook-form's field arrays keep it.
  links: 'links.root',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
};

/** The path in the form's values where a field's text and its error live. */
export function valuePathOf(field: FormField): string {
  const link = /^links\[(\d+)\]\.(url|label)$/.exec(field);
  if (link) return `links.${link[1]}.${link[2]}`;
  return VALUE_PATHS[field as ResourceField] ?? field;
}

const FIELD_OF_VALUE_PATH: ReadonlyMap<string, ResourceField> = new Map(
  (Object.entries(VALUE_PATHS) as [ResourceField, string][]).map(([field, path]) => [path, field]),
);
const KNOWN: ReadonlySet<string> = new Set<string>(RESOURCE_FIELDS);

/** The field whose text and error live at a path of the form's values (valuePathOf backwards). */
export function fieldOfValuePath(path: string): FormField | undefined {
  const link = /^links\.(\d+)\.(url|label)$/.exec(path);
  if (link) return `links[${Number(link[1])}].${link[2] as 'url' | 'label'}`;
  return FIELD_OF_VALUE_PATH.get(path) ?? (KNOWN.has(path) ? (path as ResourceField) : undefined);
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
    if (KNOWN.has(candidate)) return candidate as ResourceField;
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
