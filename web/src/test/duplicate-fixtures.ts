import { CHECK_DUPLICATES_QUERY } from '../features/duplicates/hooks/useDuplicateCheck';
import type { DuplicateCheckResult, DuplicateMatch, DuplicateVerdict, MatchEvidence } from '../features/duplicates/duplicate-types';

/** Ends measured from when the test file loads, with margins wide enough for a slow run. */
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

function evidence(overrides: Partial<MatchEvidence>): MatchEvidence {
  return {
    __typename: 'MatchEvidence',
    dimension: 'NAME',
    method: 'EXACT',
    inputValue: 'acme trading',
    existingValue: 'acme trading',
    score: 1,
    action: 'BLOCK',
    demotedBecause: null,
    sharedBy: null,
    existingAlias: null,
    pairedWords: null,
    ...overrides,
  } as MatchEvidence;
}

/** Another rep's customer, matched exactly on name and phone: blocks. */
export const blockMatch: DuplicateMatch = {
  __typename: 'DuplicateMatch',
  verdict: 'BLOCK',
  customer: {
    __typename: 'ClashCustomer',
    id: null,
    companyName: 'Acme Trading Co., Ltd.',
    owner: { __typename: 'ClashOwner', name: 'Emma Novak', departmentName: 'North sales' },
    inPool: false,
    protectedUntil: inHours(12 * 24 + 3),
  },
  evidence: [evidence({}), evidence({ dimension: 'PHONE', inputValue: '+862161234567', existingValue: '+862161234567' })],
} as DuplicateMatch;

/** The viewer's own customer, similar by name only: warns. */
export const warnMatch: DuplicateMatch = {
  __typename: 'DuplicateMatch',
  verdict: 'WARN',
  customer: {
    __typename: 'ClashCustomer',
    id: 'c9',
    companyName: 'Acme Trade House',
    owner: { __typename: 'ClashOwner', name: 'Rita Rep', departmentName: 'East sales' },
    inPool: false,
    protectedUntil: inHours(5.5),
  },
  evidence: [evidence({ method: 'SIMILAR', inputValue: 'acme trading', existingValue: 'acme trade house', score: 0.62, action: 'WARN' })],
} as DuplicateMatch;

/** A pool customer behind a phone that three customers share, and a namesake in another area: both would block, both only warn. */
export const demotedMatch: DuplicateMatch = {
  __typename: 'DuplicateMatch',
  verdict: 'WARN',
  customer: {
    __typename: 'ClashCustomer',
    id: null,
    companyName: 'Giordano Deep Dish',
    owner: null,
    inPool: true,
    protectedUntil: null,
  },
  evidence: [
    evidence({ dimension: 'PHONE', inputValue: '+13125550101', existingValue: '+13125550101', action: 'WARN', demotedBecause: 'SHARED_KEY', sharedBy: 3 }),
    evidence({ inputValue: 'giordano deep dish', existingValue: 'giordano deep dish', action: 'WARN', demotedBecause: 'CHAIN_BRANCH' }),
  ],
} as DuplicateMatch;

export function poolMatch(verdict: Exclude<DuplicateVerdict, 'CLEAR'>): DuplicateMatch {
  return {
    __typename: 'DuplicateMatch',
    verdict,
    customer: {
      __typename: 'ClashCustomer',
      id: null,
      companyName: 'Acme Trading Limited',
      owner: null,
      inPool: true,
      protectedUntil: null,
    },
    evidence: [evidence({ dimension: 'DOMAIN', inputValue: 'acme.com', existingValue: 'acme.com', action: verdict })],
  } as DuplicateMatch;
}

export function result(verdict: DuplicateVerdict, matches: DuplicateMatch[]): DuplicateCheckResult {
  return { __typename: 'DuplicateCheckResult', verdict, matches } as DuplicateCheckResult;
}

export const CLEAR = result('CLEAR', []);

/**
 * Answers every checkDuplicates with `answer` (a result, or a function of the input) and
 * records the inputs asked, so tests can see what the form sent and how often.
 */
export function duplicatesMock(answer: DuplicateCheckResult | ((input: Record<string, unknown>) => DuplicateCheckResult)) {
  const inputs: Record<string, unknown>[] = [];
  const mock = {
    request: { query: CHECK_DUPLICATES_QUERY, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, unknown>) => {
      const input = variables.input as Record<string, unknown>;
      inputs.push(input);
      return { data: { checkDuplicates: typeof answer === 'function' ? answer(input) : answer } };
    },
  };
  return { mock, inputs };
}
