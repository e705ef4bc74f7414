import { useMemo } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { DEFAULT_POOL_POLICY, type PoolPolicy } from '@berth/domain';

interface ServedTiming {
  __typename?: 'PoolPolicy';
  reminderLeadDays: number;
  teamTimeZone: string;
  excludeWon: boolean;
}

export const PROTECTION_POLICY_QUERY: TypedDocumentNode<{ poolPolicy: ServedTiming }, Record<string, never>> = gql`
  query ProtectionPolicy {
    poolPolicy {
      reminderLeadDays
      teamTimeZone
      excludeWon
    }
  }
`;

/**
 * The served policy's reminder lead and team time zone over the defaults: what
 * `protectionState` needs to turn a countdown amber on the day the server reminds the owner
 * (and whether won customers are spared, as they are from reminders and recycling).
 * Read once (cache-first); an admin's save drops it from the cache (myCustomersChanged
 * QUOTA_CHANGED), so it is read again. Until it arrives the defaults stand in.
 */
export function useProtectionPolicy(): PoolPolicy {
  const { data } = useQuery(PROTECTION_POLICY_QUERY, { fetchPolicy: 'cache-first' });
  const served = data?.poolPolicy;
  const { reminderLeadDays, teamTimeZone, excludeWon } = served ?? DEFAULT_POOL_POLICY;
  return useMemo(
    () => (served ? { ...DEFAULT_POOL_POLICY, reminderLeadDays, teamTimeZone, excludeWon } : DEFAULT_POOL_POLICY),
    [served, reminderLeadDays, teamTimeZone, excludeWon],
  );
}
