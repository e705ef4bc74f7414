import { useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import type { TransferProgress } from '../transfer-types';
import { graphql } from '../../../gql';

export const TRANSFER_PROGRESS_SUBSCRIPTION = graphql(`
  subscription TransferProgress($id: ID!) {
    transferProgress(id: $id) {
      ...TransferProgressFields
    }
  }
`);

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
