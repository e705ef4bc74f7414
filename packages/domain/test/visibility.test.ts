import { describe, expect, it } from 'vitest';
import { canSeeCustomer, customerScopeFor, type Viewer } from '../src';

const rep: Viewer = { userId: 1, role: 'REP', departmentPath: '/1/2/' };
const manager: Viewer = { userId: 9, role: 'MANAGER', departmentPath: '/1/2/' };
const admin: Viewer = { userId: 99, role: 'ADMIN', departmentPath: '/1/' };

const own = { ownerId: 1, ownerDepartmentPath: '/1/2/' };
const teammate = { ownerId: 2, ownerDepartmentPath: '/1/2/' };
const subTeam = { ownerId: 3, ownerDepartmentPath: '/1/2/7/' };
const otherTeam = { ownerId: 4, ownerDepartmentPath: '/1/3/' };
// "/1/22/" starts with "/1/2" but is not under "/1/2/": the trailing slash matters.
const lookalikeTeam = { ownerId: 5, ownerDepartmentPath: '/1/22/' };
const pool = { ownerId: null, ownerDepartmentPath: null };

describe('canSeeCustomer', () => {
  it.each([
    ['rep', rep, own, true],
    ['rep', rep, teammate, false],
    ['rep', rep, otherTeam, false],
    ['rep', rep, pool, false],
    ['manager', manager, own, true],
    ['manager', manager, teammate, true],
    ['manager', manager, subTeam, true],
    ['manager', manager, otherTeam, false],
    ['manager', manager, lookalikeTeam, false],
    ['manager', manager, pool, false],
    ['admin', admin, otherTeam, true],
    ['admin', admin, pool, true],
  ] as const)('%s sees %o: %s', (_who, viewer, customer, expected) => {
    expect(canSeeCustomer(viewer, customer)).toBe(expected);
  });

  it('lets a manager without a department see only what they own', () => {
    const loose: Viewer = { userId: 9, role: 'MANAGER', departmentPath: null };
    expect(customerScopeFor(loose)).toEqual({ kind: 'OWNED_BY', userId: 9 });
    expect(canSeeCustomer(loose, { ownerId: 9, ownerDepartmentPath: null })).toBe(true);
    expect(canSeeCustomer(loose, teammate)).toBe(false);
  });
});
