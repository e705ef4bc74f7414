import { describe, expect, it } from 'vitest';
import { canSeeTransfer, decisionRefusal, needsApproval, planTransfer, transferPlanProblems, transferRequestProblems, type Viewer } from '../src';

const teamManager: Viewer = { userId: 2, role: 'MANAGER', departmentPath: '/1/3/' };
const headManager: Viewer = { userId: 1, role: 'MANAGER', departmentPath: '/1/' };
const otherManager: Viewer = { userId: 8, role: 'MANAGER', departmentPath: '/5/' };
const admin: Viewer = { userId: 9, role: 'ADMIN', departmentPath: null };
const policy = { departuresNeedApproval: true, crossDepartmentMovesNeedApproval: true };

describe('needsApproval', () => {
  const move = { actor: teamManager, departure: false, fromDepartmentPath: '/1/3/', receiverDepartmentPaths: ['/1/3/'] };
  it('asks for approval of departures and moves across departments, by default', () => {
    expect(needsApproval(policy, move)).toBe(false);
    expect(needsApproval(policy, { ...move, departure: true })).toBe(true);
    expect(needsApproval(policy, { ...move, receiverDepartmentPaths: ['/1/3/', '/1/4/'] })).toBe(true);
    expect(needsApproval(policy, { ...move, receiverDepartmentPaths: [] })).toBe(false);
  });

  it('follows the policy, and never holds up an admin', () => {
    expect(needsApproval({ departuresNeedApproval: false, crossDepartmentMovesNeedApproval: true }, { ...move, departure: true })).toBe(false);
    expect(needsApproval({ departuresNeedApproval: true, crossDepartmentMovesNeedApproval: false }, { ...move, receiverDepartmentPaths: ['/1/4/'] })).toBe(false);
    expect(needsApproval(policy, { ...move, actor: admin, departure: true, receiverDepartmentPaths: ['/7/'] })).toBe(false);
  });
});

describe('who decides a request', () => {
  const pending = { status: 'PENDING' as const, requestedById: 2, requesterDepartmentPath: '/1/3/' };
  it('an admin or the manager above, never the requester, once', () => {
    expect(decisionRefusal(admin, pending)).toBeNull();
    expect(decisionRefusal(headManager, pending)).toBeNull();
    expect(decisionRefusal(teamManager, pending)).toBe('CANNOT_DECIDE_OWN');
    expect(decisionRefusal({ ...teamManager, userId: 3 }, pending)).toBe('FORBIDDEN'); // a peer in the same department
    expect(decisionRefusal(otherManager, pending)).toBe('FORBIDDEN');
    expect(decisionRefusal({ userId: 4, role: 'REP', departmentPath: '/1/' }, pending)).toBe('FORBIDDEN');
    expect(decisionRefusal(admin, { ...pending, status: 'QUEUED' })).toBe('ALREADY_DECIDED');
    expect(decisionRefusal(admin, { ...pending, status: 'REJECTED' })).toBe('ALREADY_DECIDED');
  });

  it('who may follow it: admins, the requester, the managers of the team it concerns', () => {
    const request = { requestedById: 2, fromDepartmentPath: '/1/3/' };
    expect([admin, teamManager, headManager].map((v) => canSeeTransfer(v, request))).toEqual([true, true, true]);
    expect(canSeeTransfer(otherManager, request)).toBe(false);
  });
});

describe('transferRequestProblems', () => {
  const ok: Parameters<typeof transferRequestProblems>[0] = { fromUserId: 4, receiverMode: 'SPREAD', toUserIds: [5, 6], keepReadDays: null, note: 'Leaving' };
  it('accepts a well-formed request', () => {
    expect(transferRequestProblems(ok)).toEqual([]);
    expect(transferRequestProblems({ ...ok, receiverMode: 'POOL', toUserIds: [], keepReadDays: 14 })).toEqual([]);
  });

  it('names each field that is wrong', () => {
    const rules = (input: Partial<typeof ok>) => transferRequestProblems({ ...ok, ...input }).map((p) => `${p.field} ${p.rule}`);
    expect(rules({ receiverMode: 'POOL' })).toEqual(['toUserIds NONE_FOR_POOL']);
    expect(rules({ receiverMode: 'ONE' })).toEqual(['toUserIds COUNT_RANGE']);
    expect(rules({ toUserIds: [] })).toEqual(['toUserIds COUNT_RANGE']);
    expect(rules({ toUserIds: [4, 5] })).toEqual(['toUserIds RECEIVER_IS_SOURCE']);
    expect(rules({ keepReadDays: 0 })).toEqual(['keepReadDays BETWEEN']);
    expect(rules({ keepReadDays: 91 })).toEqual(['keepReadDays BETWEEN']);
    expect(rules({ note: ' ' })).toEqual(['note REQUIRED']);
    expect(rules({ note: 'x'.repeat(501) })).toEqual(['note TOO_LONG']);
  });

  it('a plan alone (a preview) needs no note and no read-access days', () => {
    expect(transferPlanProblems({ fromUserId: 4, receiverMode: 'ONE', toUserIds: [5] })).toEqual([]);
    expect(transferPlanProblems({ fromUserId: 4, receiverMode: 'ONE', toUserIds: [4] }).map((p) => `${p.field} ${p.rule}`)).toEqual(['toUserIds RECEIVER_IS_SOURCE']);
  });
});

describe('planTransfer', () => {
  it('sends everything to the pool, or to one rep', () => {
    expect(planTransfer([1, 2], 'POOL', [])).toEqual([
      { customerId: 1, toUserId: null },
      { customerId: 2, toUserId: null },
    ]);
    expect(planTransfer([1, 2], 'ONE', [{ userId: 5, holdings: 0, cap: 10 }]).map((p) => p.toUserId)).toEqual([5, 5]);
  });

  it('spreads by remaining room, and plans what fits nowhere to the rep with most room (it is reported when it runs)', () => {
    const plan = planTransfer([1, 2, 3, 4], 'SPREAD', [
      { userId: 5, holdings: 8, cap: 10 },
      { userId: 6, holdings: 9, cap: 10 },
    ]);
    expect(plan.map((p) => p.toUserId)).toEqual([5, 5, 6, 5]);
  });
});
