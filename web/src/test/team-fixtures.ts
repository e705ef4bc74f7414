import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../features/customers/hooks/useMyCustomersChanged';
import { POOL_CHANGED_SUBSCRIPTION } from '../features/pool/hooks/usePoolChanged';
import { DEPARTMENTS_QUERY } from '../features/team/hooks/useDepartments';
import { TEAM_LOAD_QUERY } from '../features/team/hooks/useTeamLoad';
import type { TeamFigures } from '../features/team/team-types';

const EAST = { __typename: 'Department', id: 'd1', name: 'East sales' };

export function figures(overrides: Partial<TeamFigures> = {}) {
  return {
    __typename: 'TeamFigures',
    holdings: 40,
    claimsToday: 2,
    protectionEndsIn3Days: 1,
    protectionEndsIn7Days: 3,
    recyclesIn7Days: 2,
    followedUpIn7Days: 12,
    ...overrides,
  };
}

export function repLoad(id: string, name: string, overrides: Partial<TeamFigures> = {}, nearCap = false) {
  return {
    __typename: 'RepLoad',
    rep: { __typename: 'User', id, name, disabled: false as boolean | null, department: EAST },
    figures: figures(overrides),
    nearCap,
    claimsUsed: overrides.claimsToday ?? 2,
    lastActivityAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
  };
}

export function teamLoadResult(reps: ReturnType<typeof repLoad>[], department: typeof EAST | null = null) {
  const sum = (key: keyof Omit<TeamFigures, '__typename'>) => reps.reduce((n, r) => n + r.figures[key], 0);
  return {
    data: {
      teamLoad: {
        __typename: 'TeamLoad',
        asOf: new Date().toISOString(),
        department,
        holdingCap: 200,
        dailyClaimLimit: 10,
        holdingCapCountsWon: false,
        totals: figures({
          holdings: sum('holdings'),
          claimsToday: sum('claimsToday'),
          protectionEndsIn3Days: sum('protectionEndsIn3Days'),
          protectionEndsIn7Days: sum('protectionEndsIn7Days'),
          recyclesIn7Days: sum('recyclesIn7Days'),
          followedUpIn7Days: sum('followedUpIn7Days'),
        }),
        reps,
      },
    },
  };
}

export function teamLoadMock(departmentId: string | null, reps: ReturnType<typeof repLoad>[], department: typeof EAST | null = null) {
  return { request: { query: TEAM_LOAD_QUERY, variables: { departmentId } }, result: teamLoadResult(reps, department), maxUsageCount: 1 };
}

export const departmentsMock = () => ({
  request: { query: DEPARTMENTS_QUERY },
  result: {
    data: {
      departments: [
        { ...EAST, parentId: 'd0' },
        { __typename: 'Department', id: 'd0', name: 'Sales', parentId: null },
        { __typename: 'Department', id: 'd2', name: 'North sales', parentId: 'd0' },
      ],
    },
  },
  maxUsageCount: 10,
});

/** One `myCustomersChanged` event, delivered `delay` ms after subscribing. */
export const myCustomersChangedEvent = (kind: string, customerIds: string[], delay = 300) => ({
  request: { query: MY_CUSTOMERS_CHANGED_SUBSCRIPTION },
  result: { data: { myCustomersChanged: { __typename: 'MyCustomersChanged', kind, customerIds, customer: null } } },
  delay,
});

export const poolChangedEvent = (kind: string, customerIds: string[], delay = 300) => ({
  request: { query: POOL_CHANGED_SUBSCRIPTION },
  result: { data: { poolChanged: { __typename: 'PoolChanged', kind, customerIds } } },
  delay,
});

/** A subscription that stays quiet for the length of a test. */
export const quiet = (query: typeof MY_CUSTOMERS_CHANGED_SUBSCRIPTION | typeof POOL_CHANGED_SUBSCRIPTION) => ({
  request: { query },
  result: { data: null },
  delay: 600_000,
});
