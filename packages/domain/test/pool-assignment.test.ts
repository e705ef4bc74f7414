import { describe, expect, it } from 'vitest';
import {
  countedHoldings,
  decideAssignment,
  decideRelease,
  DEFAULT_POOL_POLICY,
  moveNotices,
  receiverProblem,
  releaseNoteProblems,
  type AssignmentInput,
  type Viewer,
} from '../src';

const manager: Viewer = { userId: 1, role: 'MANAGER', departmentPath: '/1/' };
const admin: Viewer = { userId: 9, role: 'ADMIN', departmentPath: null };

/** An assignment that passes: a pool customer to a rep of the manager's own department with room. */
function assignment(changes: Partial<AssignmentInput> = {}): AssignmentInput {
  return {
    actor: manager,
    customer: { ownerId: null, ownerDepartmentPath: null },
    receiver: { userId: 5, departmentPath: '/1/', holdings: 10, wonHoldings: 0 },
    policy: DEFAULT_POOL_POLICY,
    ...changes,
  };
}

describe('decideAssignment', () => {
  it('assigns from the pool and transfers between reps of the team', () => {
    expect(decideAssignment(assignment())).toEqual({ ok: true, kind: 'ASSIGNED' });
    expect(decideAssignment(assignment({ customer: { ownerId: 4, ownerDepartmentPath: '/1/' } }))).toEqual({ ok: true, kind: 'TRANSFERRED' });
  });

  it('refuses another team\'s customer exactly like a missing one', () => {
    const hidden = decideAssignment(assignment({ customer: { ownerId: 7, ownerDepartmentPath: '/2/' } }));
    expect(hidden).toEqual(decideAssignment(assignment({ customer: null })));
    expect(hidden).toMatchObject({ ok: false, code: 'NOT_VISIBLE' });
  });

  it('refuses giving a rep what they own, and a rep at the cap (counted as the policy counts)', () => {
    expect(decideAssignment(assignment({ customer: { ownerId: 5, ownerDepartmentPath: '/1/' } }))).toMatchObject({ ok: false, code: 'ALREADY_OWNED' });
    const full = { userId: 5, departmentPath: '/1/', holdings: 200, wonHoldings: 20 };
    expect(decideAssignment(assignment({ receiver: full }))).toMatchObject({ ok: false, code: 'HOLDING_CAP_REACHED' });
    expect(decideAssignment(assignment({ receiver: full, policy: { ...DEFAULT_POOL_POLICY, holdingCapCountsWon: false } }))).toEqual({ ok: true, kind: 'ASSIGNED' });
  });

  it('sends a manager\'s move across departments to an approval, unless the policy says not or an admin moves it', () => {
    const across = assignment({ customer: { ownerId: 4, ownerDepartmentPath: '/1/' }, receiver: { userId: 5, departmentPath: '/1/3/', holdings: 0, wonHoldings: 0 } });
    expect(decideAssignment(across)).toMatchObject({ ok: false, code: 'NEEDS_APPROVAL' });
    expect(decideAssignment({ ...across, policy: { ...DEFAULT_POOL_POLICY, crossDepartmentMovesNeedApproval: false } })).toEqual({ ok: true, kind: 'TRANSFERRED' });
    expect(decideAssignment({ ...across, actor: admin })).toEqual({ ok: true, kind: 'TRANSFERRED' });
    // From the pool nothing crosses: it is an assignment.
    expect(decideAssignment({ ...across, customer: { ownerId: null, ownerDepartmentPath: null } })).toEqual({ ok: true, kind: 'ASSIGNED' });
  });
});

describe('countedHoldings and receiverProblem', () => {
  it('counts WON holdings only when the policy says so', () => {
    expect(countedHoldings({ holdings: 10, wonHoldings: 3 }, { holdingCapCountsWon: true })).toBe(10);
    expect(countedHoldings({ holdings: 10, wonHoldings: 3 }, { holdingCapCountsWon: false })).toBe(7);
  });

  it('names a disabled teammate, and says nothing of someone outside the team but their id', () => {
    expect(receiverProblem(manager, 5, { userId: 5, name: 'Ann', departmentPath: '/1/2/', disabled: true })).toMatchObject({ field: 'toUserIds', rule: 'REP_DISABLED', params: { name: 'Ann' } });
    const outside = receiverProblem(manager, 6, { userId: 6, name: 'Bo', departmentPath: '/2/', disabled: true });
    expect(outside).toEqual(receiverProblem(manager, 6, undefined));
    expect(outside).toMatchObject({ rule: 'NOT_IN_YOUR_TEAM', params: { id: '6' } });
    expect(receiverProblem(manager, 5, { userId: 5, name: 'Ann', departmentPath: '/1/', disabled: false })).toBeNull();
  });
});

describe('releases', () => {
  it('release owned customers in scope; a pool customer is already there; another team\'s is not visible', () => {
    expect(decideRelease(manager, { ownerId: 4, ownerDepartmentPath: '/1/2/' })).toEqual({ ok: true });
    expect(decideRelease(manager, { ownerId: null, ownerDepartmentPath: null })).toMatchObject({ ok: false, code: 'IN_POOL' });
    expect(decideRelease(manager, { ownerId: 7, ownerDepartmentPath: '/2/' })).toMatchObject({ ok: false, code: 'NOT_VISIBLE' });
    expect(decideRelease(admin, { ownerId: 7, ownerDepartmentPath: '/2/' })).toEqual({ ok: true });
  });

  it('needs a note of at most 500 characters', () => {
    expect(releaseNoteProblems('  ')).toEqual([{ field: 'note', rule: 'REQUIRED', message: 'is required' }]);
    expect(releaseNoteProblems('x'.repeat(501))).toMatchObject([{ field: 'note', rule: 'TOO_LONG' }]);
    expect(releaseNoteProblems('Left the company')).toEqual([]);
  });
});

describe('moveNotices', () => {
  it('tells the receiver and the rep who lost it, never the actor, and nobody of the pool', () => {
    expect(
      moveNotices(1, [
        { customerId: 10, from: null, to: 5 },
        { customerId: 11, from: 4, to: 5 },
        { customerId: 12, from: 4, to: null },
        { customerId: 13, from: 1, to: null },
        { customerId: 14, from: 4, to: 1 },
      ]),
    ).toEqual([
      { userId: 5, kind: 'ASSIGNED', customerId: 10, receiverId: null },
      { userId: 5, kind: 'ASSIGNED', customerId: 11, receiverId: null },
      { userId: 4, kind: 'REASSIGNED', customerId: 11, receiverId: 5 },
      { userId: 4, kind: 'RELEASED', customerId: 12, receiverId: null },
      { userId: 4, kind: 'REASSIGNED', customerId: 14, receiverId: 1 },
    ]);
  });
});
