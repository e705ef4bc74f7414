import { CLAIM_QUOTA_QUERY } from '../features/pool/hooks/useClaimQuota';
import { POOL_CUSTOMERS_QUERY, POOL_PAGE_SIZE } from '../features/pool/hooks/usePoolList';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000 - 60_000).toISOString();

export function poolNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PoolCustomer',
    id: 'p1',
    companyName: 'Acme',
    tier: { __typename: 'Tier', code: 'B', name: 'B — growth' },
    industry: 'Logistics',
    region: { __typename: 'Region', id: 'r1', name: 'East' },
    tags: ['port'],
    entry: {
      __typename: 'PoolEntry',
      kind: 'RECYCLED',
      reason: 'recycled: no valid follow-up for 30 days',
      reasonDetail: {
        __typename: 'EntryReason',
        kind: 'RECYCLED',
        rules: ['NO_VALID_FOLLOW_UP'],
        followUpDays: 30,
        noDealDays: null,
        code: null,
        label: null,
        note: null,
      },
      enteredAt: daysAgo(3),
      previousOwner: { __typename: 'ClashOwner', name: 'Emma Novak', departmentName: 'North sales' },
    },
    claimHold: null,
    ...overrides,
  };
}

export function poolMock(nodes: ReturnType<typeof poolNode>[]) {
  return {
    request: { query: POOL_CUSTOMERS_QUERY, variables: { filter: {}, first: POOL_PAGE_SIZE, after: null } },
    result: {
      data: {
        poolCustomers: {
          __typename: 'PoolCustomerConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          edges: nodes.map((node) => ({ __typename: 'PoolCustomerEdge', cursor: `cur-${node.id}`, node })),
        },
      },
    },
  };
}

export function quotaMock(claimedToday: number, holdings = 45) {
  return {
    request: { query: CLAIM_QUOTA_QUERY },
    result: { data: { claimQuota: { __typename: 'ClaimQuota', claimedToday, dailyLimit: 10, day: '2026-11-20', holdings, holdingCap: 200 } } },
  };
}
