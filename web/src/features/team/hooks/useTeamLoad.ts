import { useEffect, useRef } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { POOL_CHANGED_SUBSCRIPTION } from '../../pool/hooks/usePoolChanged';
import type { TeamLoad } from '../team-types';

const TEAM_FIGURES_FIELDS = gql`
  fragment TeamFigures_fields on TeamFigures {
    holdings
    claimsToday
    protectionEndsIn3Days
    protectionEndsIn7Days
    recyclesIn7Days
    followedUpIn7Days
  }
`;

export const TEAM_LOAD_QUERY: TypedDocumentNode<{ teamLoad: TeamLoad }, { departmentId: string | null }> = gql`
  query TeamLoad($departmentId: ID) {
    teamLoad(departmentId: $departmentId) {
      asOf
      department {
        id
        name
      }
      holdingCap
      dailyClaimLimit
      holdingCapCountsWon
      totals {
        ...TeamFigures_fields
      }
      reps {
        rep {
          id
          name
          department {
            id
            name
          }
        }
        figures {
          ...TeamFigures_fields
        }
        nearCap
        lastActivityAt
      }
    }
  }
  ${TEAM_FIGURES_FIELDS}
`;

/** Events arriving closer together than this are answered with one read. */
export const TEAM_REFRESH_DEBOUNCE_MS = 250;
/** "Protection ends within 3 days" moves with the clock too, not only with events. */
const CLOCK_REFRESH_MS = 60_000;

/**
 * The team's load, kept current: every claim, assignment, return, recycle, counted follow-up or
 * policy change in the viewer's team arrives on `myCustomersChanged`, and a colleague's claim or a
 * manager's assignment also on `poolChanged`; a burst of them (an assignment of 50) is answered
 * with one read of `teamLoad`, ~250 ms after the last.
 */
export function useTeamLoad(departmentId: string | null) {
  const query = useQuery(TEAM_LOAD_QUERY, {
    variables: { departmentId },
    fetchPolicy: 'cache-and-network',
    pollInterval: CLOCK_REFRESH_MS,
    notifyOnNetworkStatusChange: false,
  });
  const { refetch } = query;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const schedule = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void refetchRef.current().catch(() => undefined);
    }, TEAM_REFRESH_DEBOUNCE_MS);
  };
  useSubscription(MY_CUSTOMERS_CHANGED_SUBSCRIPTION, { onData: schedule });
  useSubscription(POOL_CHANGED_SUBSCRIPTION, { onData: schedule });

  return query;
}
