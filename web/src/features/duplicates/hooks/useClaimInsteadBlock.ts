import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../i18n/I18nProvider';
import { claimBlock, claimRoom } from '../../pool/claim-availability';
import { useClaimQuota } from '../../pool/hooks/useClaimQuota';
import { graphql } from '../../../gql';

export const POOL_MATCH_HOLD_QUERY = graphql(`
  query PoolMatchHold($id: ID!) {
    poolCustomer(id: $id) {
      id
      claimHold {
        code
        until
      }
    }
  }
`);

/**
 * Why "Claim it instead" cannot work right now, known before trying — the same rules as a pool
 * card: a cooldown on this customer, or no room under the viewer's daily limit or holding cap.
 * Null while it can (or while not yet known: the server still has the last word).
 */
export function useClaimInsteadBlock(customerId: string | null): string | null {
  const words = useI18n();
  const { data: quota } = useClaimQuota();
  const { data: match } = useQuery(POOL_MATCH_HOLD_QUERY, { variables: { id: customerId ?? '' }, skip: customerId === null });
  if (customerId === null) return null;
  return claimBlock(match?.poolCustomer.claimHold, claimRoom(quota?.claimQuota, words.t), 0, false, words).claim;
}
