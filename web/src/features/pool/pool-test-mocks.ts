/** Apollo mocks for the pool's component tests, beside those in src/test/pool-fixtures. */
import { POOL_FILTER_VALUES_QUERY } from './hooks/usePoolFilterValues';
import { followUpNode } from '../../test/follow-up-fixtures';
import { poolMock, poolNode } from '../../test/pool-fixtures';
import { ASSIGN_CUSTOMERS_MUTATION, type AssignCustomersInput } from './hooks/useAssignCustomers';
import { ASSIGNABLE_REPS_QUERY } from './hooks/useAssignableReps';
import { POOL_CUSTOMER_HISTORY_QUERY } from './hooks/usePoolCustomerHistory';
import { POOL_CUSTOMERS_QUERY, POOL_PAGE_SIZE } from './hooks/usePoolList';
import type { PoolFilterInput } from './pool-filter';

/** The pool list as the server answers `filter`. */
export function poolMockFor(filter: PoolFilterInput, nodes: ReturnType<typeof poolNode>[]) {
  return { ...poolMock(nodes), request: { query: POOL_CUSTOMERS_QUERY, variables: { filter, first: POOL_PAGE_SIZE, after: null } } };
}

const user = (id: string, name: string, role: string, department: string | null, disabled = false) => ({
  __typename: 'User',
  id,
  name,
  role,
  disabled,
  department: department ? { __typename: 'Department', id: `d-${department}`, name: department } : null,
});

export const LI_WEI = user('u2', 'Li Wei', 'REP', 'North team');
export const EMMA = user('u3', 'Emma Novak', 'REP', 'North team');

export function repsMock() {
  return {
    request: { query: ASSIGNABLE_REPS_QUERY },
    result: {
      data: {
        teamMembers: [user('u9', 'Mia Manager', 'MANAGER', 'North team'), EMMA, LI_WEI, user('u4', 'Gone Rep', 'REP', 'North team', true)],
      },
    },
  };
}

export function assignMock(input: AssignCustomersInput, result: object) {
  return { request: { query: ASSIGN_CUSTOMERS_MUTATION, variables: { input } }, result };
}

export function assignResult(
  customerId: string,
  assignee: { id: string; name: string } | null,
  code: string | null = null,
  message: string | null = null,
  companyName: string | null = null,
) {
  return {
    __typename: 'AssignResult',
    customerId,
    ok: assignee !== null,
    code,
    message,
    companyName,
    assignee: assignee ? { __typename: 'User', id: assignee.id, name: assignee.name } : null,
  };
}

/** Acme's past: recycled from Emma three days ago after being returned by Li Wei last month. */
export function historyMock(id = 'p1') {
  const node = poolNode({ id });
  return {
    request: { query: POOL_CUSTOMER_HISTORY_QUERY, variables: { id } },
    result: {
      data: {
        poolCustomer: {
          ...node,
          source: 'Trade show',
          poolHistory: [
            node.entry,
            {
              __typename: 'PoolEntry',
              kind: 'RETURNED',
              reason: 'returned: Not a fit — buys only through their parent company',
              reasonDetail: {
                __typename: 'EntryReason',
                kind: 'RETURNED',
                rules: null,
                followUpDays: null,
                noDealDays: null,
                code: 'NOT_A_FIT',
                label: 'Not a fit',
                note: 'buys only through their parent company',
              },
              enteredAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
              previousOwner: { __typename: 'ClashOwner', name: 'Li Wei', departmentName: 'North team' },
            },
          ],
          followUps: [
            followUpNode({ id: 'f1', type: 'VISIT', content: 'Visited the warehouse; they want quotes in spring.', author: { __typename: 'User', id: 'u3', name: 'Emma Novak' } }),
          ],
        },
      },
    },
  };
}

/** The pool's filter menus: industries and sources among pool customers. */
export function poolFilterValuesMock(industries = ['Logistics'], sources = ['Trade fair']) {
  return { request: { query: POOL_FILTER_VALUES_QUERY }, result: { data: { industries, sources } }, maxUsageCount: Number.POSITIVE_INFINITY };
}
