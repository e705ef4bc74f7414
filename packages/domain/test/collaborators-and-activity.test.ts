import { describe, expect, it } from 'vitest';
import { actionOfOwnershipEvent, collaboratorProblems, fieldChanges, isCollaborationActive } from '../src';

const now = new Date('2026-11-02T09:00:00Z');

describe('collaborator grants', () => {
  it('end at the exact instant of their expiry', () => {
    expect(isCollaborationActive({ expiresAt: null }, now)).toBe(true);
    expect(isCollaborationActive({ expiresAt: new Date(now.getTime() + 1) }, now)).toBe(true);
    expect(isCollaborationActive({ expiresAt: now }, now)).toBe(false);
  });

  it('name each wrong field: the owner, someone disabled, an end in the past or beyond a year', () => {
    const grant: Parameters<typeof collaboratorProblems>[0] = { userId: 5, ownerId: 4, disabled: false, expiresAt: null, now };
    expect(collaboratorProblems(grant)).toEqual([]);
    const rules = (changes: Partial<typeof grant>) => collaboratorProblems({ ...grant, ...changes }).map((p) => `${p.field} ${p.rule}`);
    expect(rules({ userId: 4 })).toEqual(['userId IS_THE_OWNER']);
    expect(rules({ disabled: true })).toEqual(['userId USER_DISABLED']);
    expect(rules({ expiresAt: now })).toEqual(['expiresAt MUST_BE_FUTURE']);
    expect(rules({ expiresAt: new Date(now.getTime() + 367 * 86_400_000) })).toEqual(['expiresAt AT_MOST_DAYS_AHEAD']);
  });
});

describe('fieldChanges', () => {
  it('lists the fields whose value changed, by value, in the order asked', () => {
    const before = { name: 'Acme', tags: ['a'], email: null as string | null, since: new Date('2026-01-01T00:00:00Z') };
    const after = { name: 'Acme', tags: ['a', 'b'], email: 'x@acme.test', since: new Date('2026-01-01T00:00:00Z') };
    expect(fieldChanges(before, after, ['name', 'tags', 'email', 'since'])).toEqual([
      { field: 'tags', before: ['a'], after: ['a', 'b'] },
      { field: 'email', before: null, after: 'x@acme.test' },
    ]);
  });

  it('treats empty text and empty lists as empty', () => {
    expect(fieldChanges({ title: '', tags: [] as string[] }, { title: null as string | null, tags: [] as string[] }, ['title', 'tags'])).toEqual([]);
  });
});

describe('actionOfOwnershipEvent', () => {
  it('reads each kind of move as the action it was, a release apart from a return', () => {
    expect(['CREATED', 'CLAIMED', 'ASSIGNED', 'TRANSFERRED', 'RECYCLED'].map((k) => actionOfOwnershipEvent(k, null))).toEqual(['CREATE', 'CLAIM', 'ASSIGN', 'TRANSFER', 'RULE']);
    expect(actionOfOwnershipEvent('RETURNED', 'RETURNED')).toBe('RETURN');
    expect(actionOfOwnershipEvent('RETURNED', 'RELEASED')).toBe('RELEASE');
  });
});
