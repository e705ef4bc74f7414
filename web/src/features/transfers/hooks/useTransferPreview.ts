import { useQuery } from '@apollo/client/react';
import type { TransferInput } from '../transfer-types';
import { graphql } from '../../../gql';

export const PREVIEW_TRANSFER_QUERY = graphql(`
  query PreviewTransfer($input: TransferInput!) {
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
 * The server requires a note even for a preview, which only depends on who gives and who gets:
 * this stands in until the manager has written theirs, so the preview follows the choices alone.
 */
// i18n-exempt: sent to the server for a preview only, never shown
const PREVIEW_NOTE = 'preview';

/**
 * What the transfer would do, read again whenever the giver, the mode or the receivers change (a
 * click each: no timer needed); null input (no receiver chosen yet) asks nothing. The last answer
 * stays on screen while the next is read.
 */
export function useTransferPreview(input: Omit<TransferInput, 'note' | 'keepReadDays'> | null) {
  const { data, previousData, loading, error } = useQuery(PREVIEW_TRANSFER_QUERY, {
    variables: { input: { ...input!, note: PREVIEW_NOTE } },
    skip: input === null,
    fetchPolicy: 'network-only',
  });
  const preview = input === null ? null : (data ?? previousData)?.previewTransfer ?? null;
  return { preview, loading, error };
}
