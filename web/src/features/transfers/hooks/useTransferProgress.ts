import { useRef } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import type { TransferProgress } from '../transfer-types';
import { TRANSFER_PROGRESS_FIELDS } from './transfer-fields';

export const TRANSFER_PROGRESS_SUBSCRIPTION: TypedDocumentNode<{ transferProgress: TransferProgress }, { id: string }> = gql`
  subscription TransferProgress($id: ID!) {
    transferProgress(id: $id) {
      ...TransferProgressFields
    }
  }
  ${TRANSFER_PROGRESS_FIELDS}
`;

/**
 * Follows one request live. Each event lands in the cache by itself (TransferProgress is keyed
 * by its request), so every bar and row showing it moves; `onEvent` is for what else to read again.
 */
export function useTransferProgress(id: string, { skip = false, onEvent }: { skip?: boolean; onEvent?: (progress: TransferProgress) => void } = {}) {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useSubscription(TRANSFER_PROGRESS_SUBSCRIPTION, {
    variables: { id },
    skip,
    onData: ({ data }) => {
      const progress = data.data?.transferProgress;
      if (progress) handler.current?.(progress);
    },
  });
}
