import type { components, paths } from '../../lib/api/schema';

export type Resource = components['schemas']['Resource'];
export type ResourceSummary = components['schemas']['ResourceSummary'];
export type ResourceInput = components['schemas']['ResourceInput'];
export type ResourcePage = components['schemas']['ResourcePage'];
export type TakenDownResource = components['schemas']['TakenDownResource'];
export type TakenDownPage = components['schemas']['TakenDownPage'];
export type Facets = components['schemas']['Facets'];
export type ResourceKind = components['schemas']['ResourceKind'];
export type Family = components['schemas']['Family'];
export type ResourceStatus = components['schemas']['ResourceStatus'];
export type AccessCondition = components['schemas']['AccessCondition'];
export type Occurrence = components['schemas']['Occurrence'];
export type ActorRef = components['schemas']['ActorRef'];
export type Link = components['schemas']['Link'];
export type EventDetails = components['schemas']['EventDetails'];
export type Recurrence = components['schemas']['Recurrence'];
export type Frequency = components['schemas']['Frequency'];
export type Weekday = components['schemas']['Weekday'];
export type AttendanceMode = components['schemas']['AttendanceMode'];
export type EventStatus = components['schemas']['EventStatus'];
export type FacilityDetails = components['schemas']['FacilityDetails'];
export type EducationDetails = components['schemas']['EducationDetails'];
export type EducationLevel = components['schemas']['EducationLevel'];
export type StudyMode = components['schemas']['StudyMode'];
export type ResearchResultDetails = components['schemas']['ResearchResultDetails'];
export type HorizonScanDetails = components['schemas']['HorizonScanDetails'];
export type MeetingPlaceDetails = components['schemas']['MeetingPlaceDetails'];
export type SupportUnitDetails = components['schemas']['SupportUnitDetails'];
export type SeminarSeriesDetails = components['schemas']['SeminarSeriesDetails'];
export type Municipality = components['schemas']['Municipality'];
export type TechnologyArea = components['schemas']['TechnologyArea'];
export type Sdg = components['schemas']['Sdg'];

export type ResourceListQuery = NonNullable<paths['/api/v1/resources']['get']['parameters']['query']>;

/** The knowledge resources first, then the innovation resources, as the seed lists them. */
export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'EVENT',
  'MEETING_PLACE',
  'HORIZON_SCAN',
  'RESEARCH_RESULT',
  'EDUCATION',
  'PROJECT_OFFICE',
  'BUSINESS_DEVELOPMENT_UNIT',
  'LAB',
  'TESTBED',
  'SEMINAR_SERIES',
];

export const FAMILIES: readonly Family[] = ['KNOWLEDGE', 'INNOVATION'];

/** The family each kind belongs to; the server derives it the same way. */
export const FAMILY_OF_KIND: Record<ResourceKind, Family> = {
  EVENT: 'KNOWLEDGE',
  MEETING_PLACE: 'KNOWLEDGE',
  HORIZON_SCAN: 'KNOWLEDGE',
  RESEARCH_RESULT: 'KNOWLEDGE',
  EDUCATION: 'KNOWLEDGE',
  PROJECT_OFFICE: 'INNOVATION',
  BUSINESS_DEVELOPMENT_UNIT: 'INNOVATION',
  LAB: 'INNOVATION',
  TESTBED: 'INNOVATION',
  SEMINAR_SERIES: 'INNOVATION',
};

/** The ResourceInput property that carries each kind's own fields. */
export type DetailsField =
  | 'event'
  | 'meetingPlace'
  | 'horizonScan'
  | 'researchResult'
  | 'education'
  | 'supportUnit'
  | 'facility'
  | 'seminarSeries';

export const DETAILS_FIELD: Record<ResourceKind, DetailsField> = {
  EVENT: 'event',
  MEETING_PLACE: 'meetingPlace',
  HORIZON_SCAN: 'horizonScan',
  RESEARCH_RESULT: 'researchResult',
  EDUCATION: 'education',
  PROJECT_OFFICE: 'supportUnit',
  BUSINESS_DEVELOPMENT_UNIT: 'supportUnit',
  LAB: 'facility',
  TESTBED: 'facility',
  SEMINAR_SERIES: 'seminarSeries',
};

export const ACCESS_CONDITIONS: readonly AccessCondition[] = ['OPEN', 'MEMBERS', 'BY_AGREEMENT'];
export const FREQUENCIES: readonly Frequency[] = ['DAILY', 'WEEKLY', 'MONTHLY'];
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const ATTENDANCE_MODES: readonly AttendanceMode[] = ['OFFLINE', 'ONLINE', 'MIXED'];
export const EVENT_STATUSES: readonly EventStatus[] = ['SCHEDULED', 'CANCELLED', 'POSTPONED'];
export const EDUCATION_LEVELS: readonly EducationLevel[] = [
  'PRE_UNIVERSITY',
  'VOCATIONAL',
  'FIRST_CYCLE',
  'SECOND_CYCLE',
  'THIRD_CYCLE',
  'PROFESSIONAL',
];
export const STUDY_MODES: readonly StudyMode[] = ['CAMPUS', 'DISTANCE', 'HYBRID'];

function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isResourceKind = oneOf(RESOURCE_KINDS);
export const isFamily = oneOf(FAMILIES);
export const isAccessCondition = oneOf(ACCESS_CONDITIONS);
export const isFrequency = oneOf(FREQUENCIES);
export const isWeekday = oneOf(WEEKDAYS);
export const isAttendanceMode = oneOf(ATTENDANCE_MODES);
export const isEventStatus = oneOf(EVENT_STATUSES);
export const isEducationLevel = oneOf(EDUCATION_LEVELS);
export const isStudyMode = oneOf(STUDY_MODES);

/**
 * A resource's `details` with the type its kind gives them. openapi.yaml declares `details` as a
 * free object ("the kind's own fields, as sent"); what was sent is the kind's details schema,
 * which the server validated, so the body is read as that schema here and nowhere else.
 */
export type KindDetails =
  | { field: 'event'; details: EventDetails }
  | { field: 'facility'; details: FacilityDetails }
  | { field: 'education'; details: EducationDetails }
  | { field: 'researchResult'; details: ResearchResultDetails }
  | { field: 'horizonScan'; details: HorizonScanDetails }
  | { field: 'meetingPlace'; details: MeetingPlaceDetails }
  | { field: 'supportUnit'; details: SupportUnitDetails }
  | { field: 'seminarSeries'; details: SeminarSeriesDetails };

export function kindDetailsOf(resource: Pick<Resource, 'kind' | 'details'>): KindDetails | undefined {
  const details = resource.details;
  if (!details || Object.keys(details).length === 0) return undefined;
  return { field: DETAILS_FIELD[resource.kind], details } as KindDetails;
}

/** The vocabularies the resource pages need, handed in by the app layer (features do not import each other). */
export interface ResourceVocabularies {
  /** Undefined while loading or after a failure. */
  municipalities: Municipality[] | undefined;
  technologyAreas: TechnologyArea[] | undefined;
  sdgs: Sdg[] | undefined;
  /** The first failure, if any. */
  error: unknown;
  retry: () => void;
}

/** Where an actor's page is: the app layer knows the actor pages' URLs, this feature does not. */
export type ActorHref = (slug: string) => string;
