/** Apollo mocks for the customer list page: its list, the expiring-soon panel and what else it reads. */
import { customerNode, lookupsMock, protectionPolicyMock } from './customer-fixtures';
import { CUSTOMERS_QUERY } from '../features/customers/hooks/useCustomerList';
import { EXPIRING_SOON_PAGE, EXPIRING_SOON_QUERY } from '../features/customers/hooks/useExpiringSoon';
import { expiringSoonBoundary } from '../features/customers/protection-urgency';

export const SORT = { field: 'UPDATED_AT', direction: 'DESC' };

export function page(nodes: ReturnType<typeof customerNode>[], totalCount = nodes.length, endCursor: string | null = null) {
  return {
    data: {
      customers: {
        __typename: 'CustomerConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage: endCursor !== null },
        edges: nodes.map((node) => ({ __typename: 'CustomerEdge', cursor: `cur-${node.id}`, node })),
      },
    },
  };
}

export function customersMock(filter: object, result: object, after: string | null = null) {
  return { request: { query: CUSTOMERS_QUERY, variables: { filter, sort: SORT, first: 25, after } }, result, maxUsageCount: 5 };
}

/** The window as the page should ask for it now: protection ending within the served lead (3 days, UTC), soonest first. */
function isWindowNow(variables: { filter: { protectedUntilBefore: string }; sort: { field: string; direction: string }; first: number }) {
  const expected = expiringSoonBoundary(new Date(), { reminderLeadDays: 3, teamTimeZone: 'UTC' }).getTime();
  return (
    variables.sort.field === 'PROTECTED_UNTIL' &&
    variables.sort.direction === 'ASC' &&
    variables.first === EXPIRING_SOON_PAGE &&
    Math.abs(Date.parse(variables.filter.protectedUntilBefore) - expected) <= 60_000
  );
}

export function expiringMock(nodes: ReturnType<typeof customerNode>[], maxUsageCount = 5, totalCount = nodes.length) {
  const edges = nodes.map((node) => ({ __typename: 'CustomerEdge', node }));
  return {
    request: { query: EXPIRING_SOON_QUERY, variables: isWindowNow },
    result: { data: { customers: { __typename: 'CustomerConnection', totalCount, edges } } },
    maxUsageCount,
  };
}

/** What every render of the page asks besides its list. */
export const around = (withOwners = false) => [lookupsMock(withOwners), protectionPolicyMock(), expiringMock([])];
