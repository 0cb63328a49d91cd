import { describe, expect, it } from 'vitest';
import type { Member } from './model';
import { isOnlyOwner, lowersRights } from './owners';

const member = (subject: string, role: Member['role']): Member => ({ subject, name: subject, role, since: '2025-01-01T10:00:00+01:00' });

describe('the last-owner rule', () => {
  it('holds for the one owner, not for a second owner or a non-owner', () => {
    const one = [member('anna', 'OWNER'), member('erik', 'EDITOR')];
    expect(isOnlyOwner(one, 'anna')).toBe(true);
    expect(isOnlyOwner(one, 'erik')).toBe(false);
    expect(isOnlyOwner([...one, member('sara', 'OWNER')], 'anna')).toBe(false);
    // Not loaded yet: the server decides.
    expect(isOnlyOwner(undefined, 'anna')).toBe(false);
  });

  it('knows which role changes lower rights', () => {
    expect(lowersRights('OWNER', 'EDITOR')).toBe(true);
    expect(lowersRights('EDITOR', 'MEMBER')).toBe(true);
    expect(lowersRights('MEMBER', 'OWNER')).toBe(false);
    expect(lowersRights('EDITOR', 'EDITOR')).toBe(false);
  });
});
