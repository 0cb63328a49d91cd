/**
 * What the resource form holds (text as typed, lists comma- or line-separated) and how a stored
 * resource is read back into it. validate-resource.ts turns it into a ResourceInput.
 */
import { coOrganiserIdsToKeep } from '../moderation';
import { kindDetailsOf, type Resource, type Weekday } from '../model';

export const EVENT_TIME_ZONE = 'Europe/Stockholm';

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
