import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ClaimQuotaQuery } from '../../../gql/graphql';

export type ClaimQuota = ClaimQuotaQuery['claimQuota'];

export const CLAIM_QUOTA_QUERY = graphql(`
  query ClaimQuota {
    claimQuota {
      claimedToday
      dailyLimit
      day
      holdings
      holdingCap
    }
  }
`);

/** The viewer's claims today and holdings against their limits; claims and returns drop it so it refetches. */
export function useClaimQuota() {
  return useQuery(CLAIM_QUOTA_QUERY, { fetchPolicy: 'cache-and-network' });
}
