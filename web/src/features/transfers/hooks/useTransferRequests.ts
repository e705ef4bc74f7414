import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const TRANSFER_REQUESTS_FIRST = 50;

export const TRANSFER_REQUESTS_QUERY = graphql(`
  query TransferRequests($first: Int!) {
    transferRequests(first: $first) {
      ...TransferSummaryFields
    }
  }
`);

/** The requests the viewer asked for, may decide, or that concern their team; newest first. */
export function useTransferRequests() {
  return useQuery(TRANSFER_REQUESTS_QUERY, { variables: { first: TRANSFER_REQUESTS_FIRST }, notifyOnNetworkStatusChange: true });
}
