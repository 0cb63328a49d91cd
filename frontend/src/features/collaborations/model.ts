import type { components, paths } from '../../lib/api/schema';

type Schemas = components['schemas'];

export type Collaboration = Schemas['Collaboration'];
export type CollaborationSummary = Schemas['CollaborationSummary'];
export type CollaborationPage = Schemas['CollaborationPage'];
export type CollaborationFacets = Schemas['CollaborationFacets'];
export type CollaborationInput = Schemas['CollaborationInput'];
export type CollaborationKind = Schemas['CollaborationKind'];
export type CollaborationStatus = Schemas['CollaborationStatus'];
export type Publication = Schemas['Publication'];
export type ParticipantRole = Schemas['ParticipantRole'];
/** The roles one invites to; LEAD changes hands only through "hand the lead over". */
export type InvitedRole = Schemas['ParticipantInviteInput']['role'];
export type ParticipantStatus = Schemas['ParticipantStatus'];
export type FundingType = Schemas['FundingType'];
export type FundingLineInput = Schemas['FundingLineInput'];
export type Participant = Schemas['Participant'];
export type ParticipantInvitation = Schemas['ParticipantInvitation'];
export type BoundaryProfile = Schemas['BoundaryProfile'];
export type Boundary = BoundaryProfile['crossed'][number];
export type Helix = BoundaryProfile['sectors']['helix'];
export type Sector = BoundaryProfile['sectors']['values'][number];
export type KnowledgeArea = Schemas['KnowledgeArea'];
export type KnowledgeAreaRef = Schemas['KnowledgeAreaRef'];
export type ReceivedCollaborationInvitation = Schemas['ReceivedCollaborationInvitationList']['items'][number];
export type MyInvitations = Schemas['MyInvitations'];
export type ActorRef = Schemas['ActorRef'];
export type Municipality = Schemas['Municipality'];
export type TechnologyArea = Schemas['TechnologyArea'];
export type Sdg = Schemas['Sdg'];

export type CollaborationListQuery = NonNullable<paths['/api/v1/collaborations']['get']['parameters']['query']>;

export const COLLABORATION_KINDS: readonly CollaborationKind[] = [
  'PROJECT',
  'PARTNERSHIP',
  'NETWORK',
  'INNOVATION_CHALLENGE',
  'CONSORTIUM',
  'TESTBED_USE',
];
export const COLLABORATION_STATUSES: readonly CollaborationStatus[] = ['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'];
export const INVITED_ROLES: readonly InvitedRole[] = ['PARTNER', 'FUNDER', 'ASSOCIATE'];
export const FUNDING_TYPES: readonly FundingType[] = ['PUBLIC', 'PRIVATE'];
/** The seed's five boundaries, in the order of the API's enum. */
export const BOUNDARIES: readonly Boundary[] = ['SECTOR', 'ORGANISATION', 'PLACE', 'KNOWLEDGE', 'TECHNOLOGY'];
export const SECTORS: readonly Sector[] = ['BUSINESS', 'ACADEMIA', 'PUBLIC', 'CIVIL'];
export const MAX_SCORE = 5;

function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isCollaborationKind = oneOf(COLLABORATION_KINDS);
export const isCollaborationStatus = oneOf(COLLABORATION_STATUSES);
export const isBoundary = oneOf(BOUNDARIES);
export const isSector = oneOf(SECTORS);
export const isInvitedRole = oneOf(INVITED_ROLES);
export const isFundingType = oneOf(FUNDING_TYPES);

/** The vocabularies the collaboration pages need, handed in by the app layer (features do not import each other). */
export interface CollaborationVocabularies {
  /** Undefined while loading or after a failure. */
  municipalities: Municipality[] | undefined;
  technologyAreas: TechnologyArea[] | undefined;
  sdgs: Sdg[] | undefined;
  knowledgeAreas: KnowledgeArea[] | undefined;
  /** The first failure, if any. */
  error: unknown;
  retry: () => void;
}

/** Where an actor's page is: the app layer knows the actor pages' URLs, this feature does not. */
export type ActorHref = (slug: string) => string;
