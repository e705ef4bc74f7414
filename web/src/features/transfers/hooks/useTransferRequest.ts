import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const TRANSFER_REQUEST_QUERY = graphql(`
  query TransferRequest($id: ID!) {
    transferRequest(id: $id) {
      ...TransferDetailFields
    }
    failedItems: transferItems(id: $id, onlyFailed: true, first: 100) {
      customerId
      companyName
      outcome
      doneAt
      to {
        id
        name
      }
    }
  }
`);

/**
 * While an approved request moves customers, it is also read again now and then besides being
 * followed live: events are at most once (a socket that reconnects on a busy machine misses the
 * ones in between), and the last one is what says DONE.
 */
export const MOVING_POLL_MS = 3_000;

/** One request with what stayed; read again slowly while it is queued or running. */
export function useTransferRequest(id: string, { skip = false }: { skip?: boolean } = {}) {
  const result = useQuery(TRANSFER_REQUEST_QUERY, { variables: { id }, skip });
  const { startPolling, stopPolling } = result;
  const status = result.data?.transferRequest.progress.status;
  const moving = !skip && (status === 'QUEUED' || status === 'RUNNING');
  useEffect(() => {
    if (!moving) return undefined;
    startPolling(MOVING_POLL_MS);
    return () => stopPolling();
  }, [moving, startPolling, stopPolling]);
  return result;
}
