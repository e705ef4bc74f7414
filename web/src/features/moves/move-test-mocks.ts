/** Apollo mocks for a manager's moves, beside the pool's (pool-test-mocks.ts). */
import { REASSIGN_CUSTOMERS_MUTATION, type ReassignCustomersInput } from './hooks/useReassignCustomers';
import { RELEASE_CUSTOMERS_MUTATION, type ReleaseCustomersInput } from './hooks/useReleaseCustomers';

export function reassignMock(input: ReassignCustomersInput, result: object) {
  return { request: { query: REASSIGN_CUSTOMERS_MUTATION, variables: { input } }, result };
}

export function releaseMock(input: ReleaseCustomersInput, result: object) {
  return { request: { query: RELEASE_CUSTOMERS_MUTATION, variables: { input } }, result };
}

export function releaseResult(customerId: string, previousOwner: { id: string; name: string } | null, code: string | null = null, companyName: string | null = null) {
  return {
    __typename: 'ReleaseResult',
    customerId,
    ok: code === null,
    code,
    message: null,
    companyName,
    previousOwner: previousOwner ? { __typename: 'User', ...previousOwner } : null,
  };
}
