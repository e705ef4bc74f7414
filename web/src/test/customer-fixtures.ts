import { CUSTOMER_LOOKUPS_QUERY } from '../features/customers/hooks/useCustomerLookups';
import { POOL_POLICY_QUERY } from '../features/settings/hooks/usePoolPolicy';
import { POLICY_INPUT, servedPolicy } from './pool-policy-fixtures';

export const TIERS = [
  { __typename: 'Tier', code: 'A', name: 'A — key account', rank: 1 },
  { __typename: 'Tier', code: 'B', name: 'B — growth', rank: 2 },
  { __typename: 'Tier', code: 'C', name: 'C — long tail', rank: 3 },
];
export const REGIONS = [
  { __typename: 'Region', id: 'r1', name: 'East' },
  { __typename: 'Region', id: 'r2', name: 'North' },
];

export function lookupsMock(withOwners: boolean) {
  return {
    request: { query: CUSTOMER_LOOKUPS_QUERY, variables: { withOwners } },
    result: {
      data: {
        tiers: TIERS,
        regions: REGIONS,
        industries: ['Logistics', 'Manufacturing'],
        ...(withOwners ? { teamMembers: [{ __typename: 'User', id: 'u1', name: 'Rita Rep' }] } : {}),
      },
    },
    maxUsageCount: 10,
  };
}

/** A customer with every field the list, page and payload fragments ask for. */
export function customerNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Customer',
    id: 'c1',
    companyName: 'Acme Logistics',
    aliases: [],
    website: 'acme.com',
    email: 'hello@acme.com',
    phone: '+86 21 5555 0100',
    industry: 'Logistics',
    region: { __typename: 'Region', id: 'r1', name: 'East' },
    source: 'Trade show',
    tags: ['port', 'priority'],
    tier: { __typename: 'Tier', code: 'A', name: 'A — key account' },
    status: 'FOLLOWING_UP',
    locked: false,
    owner: { __typename: 'User', id: 'u1', name: 'Rita Rep' },
    ownedSince: '2026-11-01T08:00:00Z',
    protectedUntil: null,
    createdAt: '2026-11-01T08:00:00Z',
    updatedAt: '2026-11-20T08:00:00Z',
    myAccess: 'FULL',
    collaborators: [],
    ...overrides,
  };
}

/** The served policy (the one read the settings form and every countdown share), with its reminder lead and zone. */
export function protectionPolicyMock(reminderLeadDays = 3, teamTimeZone = 'UTC') {
  return {
    request: { query: POOL_POLICY_QUERY },
    result: { data: { poolPolicy: servedPolicy({ ...POLICY_INPUT, reminderLeadDays, teamTimeZone }), tiers: TIERS } },
    maxUsageCount: 5,
  };
}
