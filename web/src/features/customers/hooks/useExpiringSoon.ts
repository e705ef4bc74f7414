import { useMemo } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { PoolPolicy } from '@berth/domain';
import { EXPIRING_SOON_PANEL_FRAGMENT, type ExpiringSoonPanelCustomer } from '../components/ExpiringSoonPanel.fragment';
import type { CustomerSortInput } from '../customer-types';
import { selectExpiringSoon } from '../protection-urgency';

interface ExpiringSoonData {
  customers: { pageInfo: { hasNextPage: boolean }; edges: { node: ExpiringSoonPanelCustomer }[] };
}

export const EXPIRING_SOON_QUERY: TypedDocumentNode<ExpiringSoonData, { sort: CustomerSortInput; first: number }> = gql`
  query ExpiringSoonCustomers($sort: CustomerSort!, $first: Int!) {
    customers(sort: $sort, first: $first) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...ExpiringSoonPanel_customer
        }
      }
    }
  }
  ${EXPIRING_SOON_PANEL_FRAGMENT}
`;

/** The API's largest page. */
export const EXPIRING_SOON_SCAN = 100;
/**
 * The API can neither filter nor sort by protection end, so the panel reads one large page and
 * picks the urgent ones itself. Held longest first: without follow-ups, their protection ends first.
 */
export const EXPIRING_SOON_VARIABLES = { sort: { field: 'OWNED_SINCE', direction: 'ASC' }, first: EXPIRING_SOON_SCAN } as const;

/**
 * The viewer's customers (a manager's: the team's) whose protection is inside the reminder
 * window or already over, soonest end first. It lives in the customer lists' cache field, so
 * the live events that drop those lists refresh it too; the clock moves customers in by itself.
 */
export function useExpiringSoon(now: Date, policy: PoolPolicy) {
  const { data, previousData, loading, error, refetch } = useQuery(EXPIRING_SOON_QUERY, {
    variables: EXPIRING_SOON_VARIABLES,
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.customers;
  const nodes = useMemo(() => shown?.edges.map((edge) => edge.node) ?? [], [shown]);
  const customers = useMemo(() => selectExpiringSoon(nodes, now, policy), [nodes, now, policy]);
  return {
    customers,
    /** More customers exist than were read: some urgent one may be missing. */
    partial: shown?.pageInfo.hasNextPage ?? false,
    checked: nodes.length,
    loading: loading && !shown,
    error: shown ? undefined : error,
    refetch,
  };
}
