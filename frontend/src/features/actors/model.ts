import type { components, paths } from '../../lib/api/schema';

export type Actor = components['schemas']['Actor'];
export type ActorSummary = components['schemas']['ActorSummary'];
export type ActorInput = components['schemas']['ActorInput'];
export type Member = components['schemas']['Member'];
export type JoinRequest = components['schemas']['JoinRequest'];
export type TechnologyArea = components['schemas']['TechnologyArea'];
export type Municipality = components['schemas']['Municipality'];
export type Me = components['schemas']['Me'];
export type ReceivedInvitation = components['schemas']['ReceivedInvitation'];

export type ActorKind = Actor['kind'];
export type Sector = Actor['sector'];
export type ActorStatus = Actor['status'];
export type MemberRole = Member['role'];

export type ActorListQuery = NonNullable<paths['/api/v1/actors']['get']['parameters']['query']>;

/** The sector each kind belongs to; the server derives it the same way and never takes it as input. */
export const SECTOR_OF_KIND: Record<ActorKind, Sector> = {
  COMPANY: 'BUSINESS',
  INVESTOR: 'BUSINESS',
  SCIENCE_PARK: 'BUSINESS',
  UNIVERSITY: 'ACADEMIA',
  RESEARCH_INSTITUTE: 'ACADEMIA',
  PUBLIC_AUTHORITY: 'PUBLIC',
  NON_PROFIT: 'CIVIL',
  OTHER: 'CIVIL',
};

export const ACTOR_KINDS: readonly ActorKind[] = [
  'COMPANY',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'PUBLIC_AUTHORITY',
  'SCIENCE_PARK',
  'NON_PROFIT',
  'INVESTOR',
  'OTHER',
];

export const SECTORS: readonly Sector[] = ['BUSINESS', 'ACADEMIA', 'PUBLIC', 'CIVIL'];

export const MEMBER_ROLES: readonly MemberRole[] = ['OWNER', 'EDITOR', 'MEMBER'];

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

export function isMemberRole(value: unknown): value is MemberRole {
  return typeof value === 'string' && (MEMBER_ROLES as readonly string[]).includes(value);
}

/** Owners and editors change an actor's details; members only belong. */
export function canEditActor(role: MemberRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'EDITOR';
}

/** The vocabularies the actor pages need, handed in by the app layer (features do not import each other). */
export interface ActorVocabularies {
  /** Undefined while loading or after a failure. */
  municipalities: Municipality[] | undefined;
  technologyAreas: TechnologyArea[] | undefined;
  /** The first failure, if any. */
  error: unknown;
  retry: () => void;
}
