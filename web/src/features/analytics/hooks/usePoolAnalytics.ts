import { useEffect, useRef } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { MY_CUSTOMERS_CHANGED_SUBSCRIPTION } from '../../customers/hooks/useMyCustomersChanged';
import { POOL_CHANGED_SUBSCRIPTION } from '../../pool/hooks/usePoolChanged';
import type { PoolAnalytics, PoolAnalyticsInput } from '../analytics-types';

export const POOL_ANALYTICS_QUERY: TypedDocumentNode<{ poolAnalytics: PoolAnalytics }, { input: PoolAnalyticsInput }> = gql`
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
`;

/** Pool events in a burst (a sweep recycling hundreds) are answered with one read, this long after the last. */
const REFRESH_DEBOUNCE_MS = 1_000;

/**
 * The pool's flows for a range. Pool events re-read it (debounced): today's bucket moves while the
 * page is open. `skip` while a custom range lacks a date.
 */
export function usePoolAnalytics(input: PoolAnalyticsInput, { skip }: { skip: boolean }) {
  const query = useQuery(POOL_ANALYTICS_QUERY, { variables: { input }, skip, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: false });
  const refetchRef = useRef(query.refetch);
  refetchRef.current = query.refetch;
  const skipRef = useRef(skip);
  skipRef.current = skip;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const schedule = () => {
    if (skipRef.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void refetchRef.current().catch(() => undefined);
    }, REFRESH_DEBOUNCE_MS);
  };
  useSubscription(POOL_CHANGED_SUBSCRIPTION, { onData: schedule });
  useSubscription(MY_CUSTOMERS_CHANGED_SUBSCRIPTION, { onData: schedule });
  return query;
}
