import { describe, expect, it } from 'vitest';
import { isInOwnTeam, type Viewer } from '../src';

const rep: Viewer = { userId: 1, role: 'REP', departmentPath: '/1/2/' };
const manager: Viewer = { userId: 9, role: 'MANAGER', departmentPath: '/1/2/' };
const admin: Viewer = { userId: 99, role: 'ADMIN', departmentPath: '/1/' };

const self = { userId: 1, departmentPath: '/1/2/' };
const colleague = { userId: 2, departmentPath: '/1/2/' };
const subDepartment = { userId: 3, departmentPath: '/1/2/7/' };
const otherDepartment = { userId: 4, departmentPath: '/1/3/' };
// "/1/22/" starts with "/1/2" but is not under "/1/2/": the trailing slash matters.
const lookalike = { userId: 5, departmentPath: '/1/22/' };
const parentDepartment = { userId: 6, departmentPath: '/1/' };
const noDepartment = { userId: 7, departmentPath: null };

describe('isInOwnTeam', () => {
  it.each([
    ['rep', rep, self, true],
    ['rep', rep, colleague, true],
    ['rep', rep, subDepartment, false],
    ['rep', rep, otherDepartment, false],
    ['rep', rep, parentDepartment, false],
    ['rep', rep, noDepartment, false],
    ['manager', manager, colleague, true],
    ['manager', manager, subDepartment, true],
    ['manager', manager, otherDepartment, false],
    ['manager', manager, lookalike, false],
    ['manager', manager, parentDepartment, false],
    ['manager', manager, noDepartment, false],
    ['admin', admin, otherDepartment, true],
    ['admin', admin, noDepartment, true],
  ] as const)('%s and %o: %s', (_who, viewer, person, expected) => {
    expect(isInOwnTeam(viewer, person)).toBe(expected);
  });

  it('makes anyone without a department a team of one', () => {
    const loose: Viewer = { userId: 9, role: 'MANAGER', departmentPath: null };
    expect(isInOwnTeam(loose, { userId: 9, departmentPath: null })).toBe(true);
    expect(isInOwnTeam(loose, noDepartment)).toBe(false);
    expect(isInOwnTeam({ ...rep, departmentPath: null }, noDepartment)).toBe(false);
  });
});
