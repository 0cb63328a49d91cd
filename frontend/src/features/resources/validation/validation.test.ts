import { describe, expect, it } from 'vitest';
import type { Resource } from '../model';
import {
  emptyResourceForm,
  fieldOfServerError,
  firstFieldAtFault,
  isTimeZone,
  normaliseDoi,
  occurrenceDates,
  parseTags,
  resourceToFormValues,
  toLocalDateTime,
  validateResource,
  type ResourceFormValues,
} from '.';

const ACTOR_ID = '3f9c2a4e-7b1d-4c8e-9a51-0a1e5d2b6c01';

type Overrides = Partial<Omit<ResourceFormValues, 'event' | 'facility' | 'researchResult' | 'education'>> & {
  event?: Partial<ResourceFormValues['event']>;
  facility?: Partial<ResourceFormValues['facility']>;
  researchResult?: Partial<ResourceFormValues['researchResult']>;
  education?: Partial<ResourceFormValues['education']>;
};

function form(kind: string, overrides: Overrides = {}): ResourceFormValues {
  const base = emptyResourceForm(ACTOR_ID, kind);
  return {
    ...base,
    titleSv: 'Drönardag',
    ...overrides,
    event: { ...base.event, ...overrides.event },
    facility: { ...base.facility, ...overrides.facility },
    researchResult: { ...base.researchResult, ...overrides.researchResult },
    education: { ...base.education, ...overrides.education },
  };
}

function errorsOf(values: ResourceFormValues, context = {}) {
  const result = validateResource(values, context);
  return result.ok ? {} : result.errors;
}

function inputOf(values: ResourceFormValues, context = {}) {
  const result = validateResource(values, context);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.input;
}

const EVENT = { start: '2026-04-06T10:00', end: '2026-04-06T12:00' };

describe('common fields', () => {
  it('needs a publisher, a kind and a title in Swedish or English', () => {
    expect(errorsOf({ ...emptyResourceForm() })).toEqual({
      actorId: 'required',
      kind: 'required',
      'title.sv': 'titleRequired',
    });
    expect(errorsOf(form('SEMINAR_SERIES', { titleSv: '', titleEn: 'Drone day' }))).toEqual({});
  });

  it('refuses a publisher the caller may not publish for', () => {
    expect(errorsOf(form('SEMINAR_SERIES'), { actorIds: new Set(['another']) })).toEqual({ actorId: 'actor' });
  });

  it('keeps texts within the API lengths', () => {
    expect(errorsOf(form('SEMINAR_SERIES', { titleSv: 'x'.repeat(301), summaryEn: 'y'.repeat(1001) }))).toEqual({
      'title.sv': 'tooLong',
      'summary.en': 'tooLong',
    });
  });

  it('sends tags normalised, and at most 20 of at most 60 characters', () => {
    expect(parseTags(' Drönare,  5G  Nät ,drönare,, ')).toEqual(['drönare', '5g nät']);
    expect(errorsOf(form('SEMINAR_SERIES', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(',') }))).toEqual({
      tags: 'tooMany',
    });
    expect(errorsOf(form('SEMINAR_SERIES', { tags: 'x'.repeat(61) }))).toEqual({ tags: 'itemTooLong' });
  });

  it('takes http and https links only, and names the link at fault', () => {
    const errors = errorsOf(
      form('SEMINAR_SERIES', {
        links: [
          { label: 'Program', url: 'https://example.se/program' },
          { label: 'Farlig', url: 'javascript:alert(1)' },
          { label: 'Utan adress', url: '' },
          { label: '', url: '' },
        ],
      }),
    );
    expect(errors).toEqual({ 'links[1].url': 'url', 'links[2].url': 'required' });
  });

  it('checks contact details and known vocabularies', () => {
    expect(
      errorsOf(
        form('SEMINAR_SERIES', {
          contactEmail: 'anna@',
          contactPhone: 'ring mig',
          municipalityCode: '9999',
          technologyAreas: ['ai', 'warp-drive'],
        }),
        { municipalityCodes: new Set(['2480']), technologyAreaCodes: new Set(['ai']) },
      ),
    ).toEqual({
      'contact.email': 'email',
      'contact.phone': 'phone',
      municipalityCode: 'municipality',
      technologyAreas: 'technologyAreaUnknown',
    });
  });
});

describe('events', () => {
  it('needs a start and an end, the end after the start', () => {
    expect(errorsOf(form('EVENT'))).toEqual({ 'event.start': 'required', 'event.end': 'required' });
    expect(errorsOf(form('EVENT', { event: { start: '2026-04-06T10:00', end: '2026-04-06T10:00' } }))).toEqual({
      'event.end': 'endBeforeStart',
    });
    expect(errorsOf(form('EVENT', { event: { start: '2026-04-06T10:00', end: '2026-04-05T12:00' } }))).toEqual({
      'event.end': 'endBeforeStart',
    });
    // An all-day event may end when it starts.
    expect(
      errorsOf(form('EVENT', { event: { start: '2026-04-06T00:00', end: '2026-04-06T00:00', allDay: true } })),
    ).toEqual({});
  });

  it('sends local date-times with seconds and the time zone, Stockholm by default', () => {
    const input = inputOf(form('EVENT', { event: { ...EVENT, venueName: 'Sliperiet', attendanceMode: 'OFFLINE' } }));
    expect(input).toEqual({
      kind: 'EVENT',
      actorId: ACTOR_ID,
      title: { sv: 'Drönardag' },
      event: {
        start: '2026-04-06T10:00:00',
        end: '2026-04-06T12:00:00',
        timeZone: 'Europe/Stockholm',
        venue: { name: 'Sliperiet' },
        attendanceMode: 'OFFLINE',
      },
    });
    expect(toLocalDateTime('2026-04-06T24:00')).toBeUndefined();
    expect(toLocalDateTime('2026-02-30T10:00')).toBeUndefined();
  });

  it('refuses a time zone the server does not know', () => {
    expect(isTimeZone('Europe/Stockholm')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(errorsOf(form('EVENT', { event: { ...EVENT, timeZone: 'CEST+2' } }))).toEqual({ 'event.timeZone': 'timeZone' });
  });

  it('sends a weekly recurrence bounded by a count', () => {
    const input = inputOf(
      form('EVENT', { event: { ...EVENT, repeats: true, freq: 'WEEKLY', byDay: ['TH', 'MO'], count: '4' } }),
    );
    expect(input.event?.recurrence).toEqual({ freq: 'WEEKLY', byDay: ['MO', 'TH'], count: 4 });
  });

  it('bounds a recurrence: at most 200 times, or until at most two years after the start', () => {
    const repeating = (event: Partial<ResourceFormValues['event']>) =>
      errorsOf(form('EVENT', { event: { ...EVENT, repeats: true, freq: 'WEEKLY', ...event } }));
    expect(repeating({ count: '' })).toEqual({ 'event.recurrence.count': 'required' });
    expect(repeating({ count: '201' })).toEqual({ 'event.recurrence.count': 'count' });
    expect(repeating({ count: '0' })).toEqual({ 'event.recurrence.count': 'count' });
    expect(repeating({ ends: 'until', until: '2028-04-06' })).toEqual({});
    expect(repeating({ ends: 'until', until: '2028-04-07' })).toEqual({ 'event.recurrence.until': 'untilTooLate' });
    expect(repeating({ ends: 'until', until: '2026-04-05' })).toEqual({ 'event.recurrence.until': 'untilBeforeStart' });
    expect(repeating({ interval: '100', count: '3' })).toEqual({ 'event.recurrence.interval': 'interval' });
    // Every day for two years is more than 200 times, though within two years.
    expect(repeating({ freq: 'DAILY', ends: 'until', until: '2027-04-06' })).toEqual({
      'event.recurrence': 'tooManyOccurrences',
    });
    expect(repeating({ freq: 'DAILY', byDay: ['MO'], count: '3' })).toEqual({ 'event.recurrence.byDay': 'byDayDaily' });
  });

  it('sends an until-bounded recurrence with its exceptions, sorted', () => {
    const input = inputOf(
      form('EVENT', {
        event: { ...EVENT, repeats: true, freq: 'MONTHLY', interval: '2', ends: 'until', until: '2026-12-31', exceptions: '2026-08-06, 2026-06-06' },
      }),
    );
    expect(input.event?.recurrence).toEqual({
      freq: 'MONTHLY',
      interval: 2,
      until: '2026-12-31',
      exceptions: ['2026-06-06', '2026-08-06'],
    });
  });
});

describe('the dates of a recurrence', () => {
  it('counts weekly dates from the start, which is a Monday', () => {
    expect(occurrenceDates('2026-04-06', { freq: 'WEEKLY', count: 4 })).toEqual([
      '2026-04-06',
      '2026-04-13',
      '2026-04-20',
      '2026-04-27',
    ]);
  });

  it('takes chosen weekdays, every other week, and leaves out exceptions', () => {
    expect(
      occurrenceDates('2026-04-06', {
        freq: 'WEEKLY',
        interval: 2,
        byDay: ['MO', 'WE'],
        until: '2026-04-30',
        exceptions: ['2026-04-20'],
      }),
    ).toEqual(['2026-04-06', '2026-04-08', '2026-04-22']);
  });

  it('repeats monthly on the day of the month, skipping months without it', () => {
    expect(occurrenceDates('2026-01-31', { freq: 'MONTHLY', count: 3 })).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('gives up beyond 200 dates', () => {
    expect(occurrenceDates('2026-01-01', { freq: 'DAILY', until: '2026-07-19' })).toHaveLength(200);
    expect(occurrenceDates('2026-01-01', { freq: 'DAILY', until: '2026-07-20' })).toBeUndefined();
  });
});

describe('testbeds and labs', () => {
  it('need an access condition', () => {
    expect(errorsOf(form('TESTBED'))).toEqual({ 'facility.accessCondition': 'required' });
  });

  it('take TRL 1–9 with the lowest not above the highest', () => {
    const facility = (trlMin: string, trlMax: string) =>
      errorsOf(form('LAB', { facility: { accessCondition: 'OPEN', trlMin, trlMax } }));
    expect(facility('3', '6')).toEqual({});
    expect(facility('0', '10')).toEqual({ 'facility.trlMin': 'trl', 'facility.trlMax': 'trl' });
    expect(facility('4.5', '')).toEqual({ 'facility.trlMin': 'trl' });
    expect(facility('7', '3')).toEqual({ 'facility.trlMax': 'trlOrder' });
  });

  it('send equipment one a line and the TRL range as numbers', () => {
    const input = inputOf(
      form('TESTBED', {
        facility: { accessCondition: 'BY_AGREEMENT', trlMin: '3', trlMax: '6', equipment: 'Drönare\n\n 5G-nät \n' },
      }),
    );
    expect(input.facility).toEqual({ accessCondition: 'BY_AGREEMENT', trlMin: 3, trlMax: 6, equipment: ['Drönare', '5G-nät'] });
  });
});

describe('research results', () => {
  it('need authors and a date, and a DOI of the form 10.NNNN/...', () => {
    expect(errorsOf(form('RESEARCH_RESULT', { researchResult: { doi: '10.12/x' } }))).toEqual({
      'researchResult.doi': 'doi',
      'researchResult.authors': 'required',
      'researchResult.date': 'required',
    });
  });

  it('take the DOI without its resolver', () => {
    expect(normaliseDoi(' https://doi.org/10.1000/xyz123 ')).toBe('10.1000/xyz123');
    expect(normaliseDoi('doi:10.1000/xyz123')).toBe('10.1000/xyz123');
    const input = inputOf(
      form('RESEARCH_RESULT', {
        researchResult: { doi: 'https://doi.org/10.1000/xyz123', authors: 'Lindqvist, Anna\nHolm, Erik', date: '2025-11-02' },
      }),
    );
    expect(input.researchResult).toEqual({ doi: '10.1000/xyz123', authors: ['Lindqvist, Anna', 'Holm, Erik'], date: '2025-11-02' });
  });
});

describe('educations', () => {
  it('need a level and a mode, and take credits with a decimal comma', () => {
    expect(errorsOf(form('EDUCATION'))).toEqual({ 'education.level': 'required', 'education.mode': 'required' });
    expect(
      errorsOf(form('EDUCATION', { education: { level: 'FIRST_CYCLE', mode: 'CAMPUS', credits: '0,4', pace: '101', startDates: '2026-08-31, 31/8' } })),
    ).toEqual({ 'education.credits': 'credits', 'education.pace': 'pace', 'education.startDates': 'dates' });
    const input = inputOf(
      form('EDUCATION', { education: { level: 'SECOND_CYCLE', mode: 'DISTANCE', credits: '7,5', pace: '50', startDates: '2027-01-18, 2026-08-31' } }),
    );
    expect(input.education).toEqual({
      level: 'SECOND_CYCLE',
      mode: 'DISTANCE',
      credits: 7.5,
      pace: 50,
      startDates: ['2026-08-31', '2027-01-18'],
    });
  });
});

describe('editing', () => {
  const resource: Resource = {
    id: 'r-1',
    slug: 'drondag',
    kind: 'EVENT',
    family: 'KNOWLEDGE',
    status: 'DRAFT',
    actor: { id: ACTOR_ID, slug: 'norrsken-lab', name: 'Norrsken Lab', status: 'ACTIVE' },
    coOrganisers: [{ id: 'a-2', slug: 'rise', name: 'RISE', status: 'ACTIVE' }],
    title: { sv: 'Drönardag' },
    summary: {},
    body: { sv: 'Om **drönare**.' },
    bodyHtml: { sv: '<p>Om <strong>drönare</strong>.</p>' },
    language: 'sv',
    tags: ['drönare'],
    technologyAreas: [],
    sdgs: [9],
    links: [],
    location: { lat: 63.82, lon: 20.26 },
    details: {
      start: '2026-04-06T10:00:00',
      end: '2026-04-06T12:00:00',
      timeZone: 'Europe/Stockholm',
      recurrence: { freq: 'WEEKLY', count: 4 },
      venue: { name: 'Sliperiet', location: { lat: 63.82, lon: 20.26 } },
      mystery: 'kept',
    },
    occurrences: [],
    version: 2,
    createdAt: '2026-03-01T10:00:00+01:00',
    updatedAt: '2026-03-01T10:00:00+01:00',
    canEdit: true,
  };

  it('fills the form from the resource and sends back what the form does not show', () => {
    const values = resourceToFormValues(resource);
    expect(values).toMatchObject({ latitude: '63.82', longitude: '20.26' });
    expect(values.event).toMatchObject({ start: '2026-04-06T10:00', repeats: true, ends: 'count', count: '4', venueName: 'Sliperiet' });

    const input = inputOf({ ...values, event: { ...values.event, venueName: '' } });
    expect(input).toEqual({
      kind: 'EVENT',
      actorId: ACTOR_ID,
      coOrganiserIds: ['a-2'],
      title: { sv: 'Drönardag' },
      body: { sv: 'Om **drönare**.' },
      language: 'sv',
      tags: ['drönare'],
      sdgs: [9],
      location: { lat: 63.82, lon: 20.26 },
      event: {
        start: '2026-04-06T10:00:00',
        end: '2026-04-06T12:00:00',
        timeZone: 'Europe/Stockholm',
        recurrence: { freq: 'WEEKLY', count: 4 },
        // The venue's place on the map has no field in the form: it stays, its cleared name goes.
        venue: { location: { lat: 63.82, lon: 20.26 } },
        mystery: 'kept',
      },
    });
  });
});

describe("the server's field errors", () => {
  it('land on the fields of the same API path', () => {
    expect(fieldOfServerError('event.end')).toBe('event.end');
    expect(fieldOfServerError('facility.trlMax')).toBe('facility.trlMax');
    expect(fieldOfServerError('researchResult.doi')).toBe('researchResult.doi');
    expect(fieldOfServerError('create.input.event.recurrence.until')).toBe('event.recurrence.until');
    expect(fieldOfServerError('event.recurrence')).toBe('event.recurrence');
    expect(fieldOfServerError('event.venue.municipalityCode')).toBe('event.venue.municipalityCode');
  });

  it('land on the list or the link they name', () => {
    expect(fieldOfServerError('tags[3]')).toBe('tags');
    expect(fieldOfServerError('technologyAreas[0]')).toBe('technologyAreas');
    expect(fieldOfServerError('links[2].url')).toBe('links[2].url');
    expect(fieldOfServerError('update.input.links[0].label')).toBe('links[0].label');
  });

  it('put a missing object on its first field, and leave what the form lacks to the summary', () => {
    expect(fieldOfServerError('title')).toBe('title.sv');
    expect(fieldOfServerError('facility')).toBe('facility.accessCondition');
    expect(fieldOfServerError('coOrganiserIds[0]')).toBeUndefined();
    expect(fieldOfServerError('location.lat')).toBe('location.lat');
    expect(fieldOfServerError('update.input.location.lon')).toBe('location.lon');
    expect(fieldOfServerError('location')).toBe('location.lat');
  });

  it('find the first field at fault in the order of the form', () => {
    expect(firstFieldAtFault({ tags: 'tooMany', 'links[1].url': 'url', 'event.end': 'endBeforeStart' })).toBe('event.end');
    expect(firstFieldAtFault({ 'contact.email': 'email', 'links[1].url': 'url', 'links[0].label': 'tooLong' })).toBe(
      'links[0].label',
    );
  });
});
