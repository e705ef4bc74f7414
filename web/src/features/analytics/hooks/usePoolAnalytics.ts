import { useQuery, useSubscription } from '@apollo/client/react';
import { POOL_CHANGED_SUBSCRIPTION } from '../../pool/hooks/usePoolChanged';
import { useCoalesced } from '../../../shared/hooks/useCoalesced';
import type { PoolAnalyticsInput } from '../analytics-types';
import { graphql } from '../../../gql';

export const POOL_ANALYTICS_QUERY = graphql(`
  query PoolAnalytics($input: PoolAnalyticsInput!) {
    poolAnalytics(input: $input) {
      from
      to
      timeZone
      bucket
      buckets {
        start
        end
        stockAtEnd
        recycledNoFollowUp
        recycledNoDeal
        returned
        released
        imported
        claimed
        assigned
        inflow
        outflow
        netFlow
      }
      returnReasons {
        reason
        count
      }
      recycleFrequency {
        rep {
          id
          name
        }
        recycles
        averageHoldings
        frequency
      }
      churnLoops {
        customerId
        companyName
        recycles
        inPool
      }
      conversion {
        start
        end
        kind
        size
        wonWithin30Days
        wonWithin60Days
        wonWithin90Days
        activatedWithin48Hours
      }
      boomerangByRep {
        rep {
          id
          name
        }
        moves
        back
        rate
      }
      boomerangBySource {
        source
        moves
        back
        rate
      }
      dwell {
        exits
        medianDays
        p90Days
      }
      deadStock {
        poolSize
        dead
        share
      }
    }
  }
`);

/** A burst of pool events (a sweep recycling hundreds) costs at most one read per second. */
const REFRESH_WINDOW_MS = 1_000;

/**
 * The pool's flows for a range. Pool events (in or out of the pool) re-read it, debounced: today's
 * bucket moves while the page is open. Not every follow-up of the team: the query is the heaviest
 * in Berth, and a follow-up moves none of its charts until the next pool event. `skip` while a
 * custom range lacks a date.
 */
export function usePoolAnalytics(input: PoolAnalyticsInput, { skip }: { skip: boolean }) {
  const query = useQuery(POOL_ANALYTICS_QUERY, { variables: { input }, skip, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: false });
  const { refetch } = query;
  const refresh = useCoalesced(() => refetch().catch(() => undefined), REFRESH_WINDOW_MS);
  const schedule = () => {
    if (!skip) refresh();
  };
  useSubscription(POOL_CHANGED_SUBSCRIPTION, { onData: schedule });
  return query;
}
