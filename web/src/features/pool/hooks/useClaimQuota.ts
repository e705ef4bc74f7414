import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

export interface ClaimQuota {
  __typename?: 'ClaimQuota';
  claimedToday: number;
  dailyLimit: number;
  day: string;
  holdings: number;
  holdingCap: number;
}

export const CLAIM_QUOTA_QUERY: TypedDocumentNode<{ claimQuota: ClaimQuota }, Record<string, never>> = gql`
  query ClaimQuota {
    claimQuota {
      claimedToday
      dailyLimit
      day
      holdings
      holdingCap
    }
  }
`;

/** The viewer's claims today and holdings against their limits; claims and returns drop it so it refetches. */
export function useClaimQuota() {
  return useQuery(CLAIM_QUOTA_QUERY, { fetchPolicy: 'cache-and-network' });
}
