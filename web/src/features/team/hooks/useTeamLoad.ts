import { useQuery, useSubscription } from '@apollo/client/react';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { POOL_CHANGED_SUBSCRIPTION } from '../../pool/hooks/usePoolChanged';
import { useCoalesced } from '../../../shared/hooks/useCoalesced';
import { graphql } from '../../../gql';

/** The figures of one rep and of the whole team. */
export const TEAM_FIGURES_FIELDS = graphql(`
  fragment TeamFigures_fields on TeamFigures {
    holdings
    claimsToday
    protectionEndsIn3Days
    protectionEndsIn7Days
    recyclesIn7Days
    followedUpIn7Days
  }
`);

export const TEAM_LOAD_QUERY = graphql(`
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
          disabled
          department {
            id
            name
          }
        }
        figures {
          ...TeamFigures_fields
        }
        nearCap
        claimsUsed
        lastActivityAt
      }
    }
  }
`);

/** The first event is answered at once; those within this window after it with one more read. */
export const TEAM_REFRESH_WINDOW_MS = 250;
/** "Protection ends within 3 days" moves with the clock too, not only with events. */
const CLOCK_REFRESH_MS = 60_000;

/**
 * The team's load, kept current: every claim, assignment, return, recycle, counted follow-up or
 * policy change in the viewer's team arrives on `myCustomersChanged`, and a colleague's claim or a
 * manager's assignment also on `poolChanged`. The first event re-reads `teamLoad` at once; a burst
 * (an assignment of 50) costs one more read per 250 ms, not one per event.
 */
export function useTeamLoad(departmentId: string | null) {
  const query = useQuery(TEAM_LOAD_QUERY, {
    variables: { departmentId },
    fetchPolicy: 'cache-and-network',
    pollInterval: CLOCK_REFRESH_MS,
    notifyOnNetworkStatusChange: false,
  });
  const { refetch } = query;
  const refresh = useCoalesced(() => refetch().catch(() => undefined), TEAM_REFRESH_WINDOW_MS);
  const schedule = () => refresh();
  useSubscription(MY_CUSTOMERS_CHANGED_SUBSCRIPTION, { onData: schedule });
  useSubscription(POOL_CHANGED_SUBSCRIPTION, { onData: schedule });

  return query;
}
