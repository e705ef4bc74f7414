import { useQuery } from '@apollo/client/react';
import type { TransferPlanInput } from '../../../gql/graphql';
import { graphql } from '../../../gql';

export const PREVIEW_TRANSFER_QUERY = graphql(`
  query PreviewTransfer($input: TransferPlanInput!) {
    previewTransfer(input: $input) {
      needsApproval
      counts {
        ...TransferCountsFields
      }
      perReceiver {
        customers
        room
        user {
          id
          name
        }
      }
    }
  }
`);

/**
 * What the transfer would do, read again whenever the giver, the mode or the receivers change (a
 * click each: no timer needed); null input (no receiver chosen yet) asks nothing. The last answer
 * stays on screen while the next is read.
 */
export function useTransferPreview(input: TransferPlanInput | null) {
  const { data, previousData, loading, error } = useQuery(PREVIEW_TRANSFER_QUERY, {
    variables: { input: input! },
    skip: input === null,
    fetchPolicy: 'network-only',
  });
  const preview = input === null ? null : (data ?? previousData)?.previewTransfer ?? null;
  return { preview, loading, error };
}
