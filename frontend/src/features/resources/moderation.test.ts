import { describe, expect, it } from 'vitest';
import {
  coOrganiserIdsToKeep,
  isPublic,
  isTakenDown,
  moderationNotices,
  moderatorActionFor,
  unacceptedInvitations,
  withoutCoOrganiser,
} from './moderation';
import { resource, RISE } from './test-fixtures';

const LULEA = { id: 'a-9', slug: 'lulea', name: 'Luleå kommun', status: 'ACTIVE' as const };
const SKELLEFTEA = { id: 'a-8', slug: 'skelleftea', name: 'Skellefteå kommun', status: 'ACTIVE' as const };
const RISE_ACCEPTED = { actor: { id: 'a-2', slug: 'rise', name: 'RISE', status: 'ACTIVE' as const }, status: 'ACCEPTED' as const, invitedAt: '2026-03-01T10:00:00+01:00' };

describe('moderation of a resource', () => {
  it('gives the public no notices and reads a published resource as public', () => {
    const published = resource();
    expect(moderationNotices(published)).toEqual([]);
    expect(isPublic(published)).toBe(true);
    expect(isTakenDown(published)).toBe(false);
    expect(isPublic(resource({ status: 'ARCHIVED' }))).toBe(false);
  });

  it("tells the publisher's people about a takedown first, with its reason, then about their organisation", () => {
    const hidden = resource({
      moderation: {
        visibleToPublic: false,
        hiddenBecause: ['TAKEN_DOWN', 'PUBLISHER_SUSPENDED'],
        takedownReason: 'Vilseledande',
        takenDownAt: '2026-03-03T10:00:00+01:00',
      },
    });
    expect(moderationNotices(hidden)).toEqual([
      { kind: 'takenDown', reason: 'Vilseledande', at: '2026-03-03T10:00:00+01:00' },
      { kind: 'publisherSuspended' },
    ]);
    expect(isPublic(hidden)).toBe(false);
    expect(isTakenDown(hidden)).toBe(true);
    expect(moderationNotices(resource({ moderation: { visibleToPublic: false, hiddenBecause: ['PUBLISHER_PENDING'] } }))).toEqual([
      { kind: 'publisherPending' },
    ]);
  });

  it('trusts the server on whether the public sees it, even for a published resource', () => {
    expect(isPublic(resource({ moderation: { visibleToPublic: false, hiddenBecause: ['PUBLISHER_PENDING'] } }))).toBe(false);
    expect(isPublic(resource({ moderation: { visibleToPublic: true, hiddenBecause: [] } }))).toBe(true);
  });

  it('offers moderators a takedown, or a restore once taken down; others neither', () => {
    const takenDown = resource({ moderation: { visibleToPublic: false, hiddenBecause: ['TAKEN_DOWN'], takedownReason: 'x' } });
    expect(moderatorActionFor(resource(), true)).toBe('takeDown');
    expect(moderatorActionFor(takenDown, true)).toBe('restore');
    expect(moderatorActionFor(takenDown, false)).toBeNull();
  });
});

describe('co-organiser invitations on a resource', () => {
  it('keeps every named actor when an edit is saved, whatever its answer, so no one is dropped or invited anew', () => {
    const named = resource({
      coOrganisers: [RISE_ACCEPTED.actor],
      coOrganiserInvitations: [
        RISE_ACCEPTED,
        { actor: LULEA, status: 'PENDING', invitedAt: '2026-03-02T10:00:00+01:00' },
        { actor: SKELLEFTEA, status: 'DECLINED', invitedAt: '2026-03-02T10:00:00+01:00', answeredAt: '2026-03-03T10:00:00+01:00' },
      ],
    });
    expect(coOrganiserIdsToKeep(named)).toEqual(['a-2', 'a-9', 'a-8']);
    expect(unacceptedInvitations(named).map((invitation) => invitation.actor.name)).toEqual(['Luleå kommun', 'Skellefteå kommun']);
  });

  it('falls back to the accepted co-organisers when the invitations are not shown to the caller', () => {
    expect(coOrganiserIdsToKeep(resource())).toEqual([RISE.id]);
    expect(unacceptedInvitations(resource())).toEqual([]);
  });
});

describe('removing a co-organiser in the form', () => {
  it('leaves the others in the order they were named', () => {
    expect(withoutCoOrganiser(['a-2', 'a-9', 'a-8'], 'a-9')).toEqual(['a-2', 'a-8']);
    expect(withoutCoOrganiser(undefined, 'a-9')).toEqual([]);
  });
});
