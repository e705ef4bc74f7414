import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { PoolPolicy } from '@berth/domain';
import { expiringSoonBoundary, selectExpiringSoon } from '../protection-urgency';
import { graphql } from '../../../gql';
import type { ExpiringSoonCustomersQueryVariables } from '../../../gql/graphql';

export const EXPIRING_SOON_QUERY = graphql(`
  query ExpiringSoonCustomers($filter: CustomerFilter!, $sort: CustomerSort!, $first: Int!) {
    customers(filter: $filter, sort: $sort, first: $first) {
      totalCount
      edges {
        node {
          id
          ...ExpiringSoonPanel_customer
        }
      }
    }
  }
`);

/** More than the panel ever shows at once; the rest is counted, and the list sorted by protection shows it. */
export const EXPIRING_SOON_PAGE = 50;

/**
 * The request for the window ending at `boundary`: soonest end first, so the page holds the most
 * urgent. Not the filter bar's filter: this list is the window, whatever the list below is filtered by.
 */
export function expiringSoonVariables(boundary: Date) {
  return {
    filter: { protectedUntilBefore: boundary.toISOString() },
    sort: { field: 'PROTECTED_UNTIL', direction: 'ASC' },
    first: EXPIRING_SOON_PAGE,
  } satisfies ExpiringSoonCustomersQueryVariables;
}

/**
 * The viewer's customers (a manager's: the team's) whose protection is inside the reminder
 * window or already over, soonest end first. The server picks them by protection end; the page
 * is then narrowed by the same rule the countdowns use (`selectExpiringSoon`), which also drops
 * those the policy never recycles (won, locked) since the API cannot leave them out. The window
 * moves once a minute, and with it the request; in between, the customer lists' cache field
 * holds it, so the live events that drop those lists refresh it too. `skip` while the served
 * policy is on its way: its lead and zone place the window.
 */
export function useExpiringSoon(now: Date, policy: PoolPolicy, { skip = false }: { skip?: boolean } = {}) {
  const { reminderLeadDays, teamTimeZone } = policy;
  // The window moves by whole minutes: a clock read more often than that asks nothing new.
  const minute = Math.floor(now.getTime() / 60_000);
  const variables = useMemo(
    () => expiringSoonVariables(expiringSoonBoundary(new Date(minute * 60_000), { reminderLeadDays, teamTimeZone })),
    [minute, reminderLeadDays, teamTimeZone],
  );
  const { data, previousData, loading, error, refetch } = useQuery(EXPIRING_SOON_QUERY, { variables, skip, fetchPolicy: 'cache-and-network' });
  const shown = (data ?? previousData)?.customers;
  const nodes = useMemo(() => shown?.edges.map((edge) => edge.node) ?? [], [shown]);
  const customers = useMemo(() => selectExpiringSoon(nodes, now, policy), [nodes, now, policy]);
  return {
    customers,
    /**
     * Customers in the window beyond the page read. The server counts them all, so a few the
     * policy spares (won, locked) may be among them.
     */
    more: Math.max(0, (shown?.totalCount ?? 0) - nodes.length),
    loading: (loading || skip) && !shown,
    error: shown ? undefined : error,
    refetch,
  };
}
