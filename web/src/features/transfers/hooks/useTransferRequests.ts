import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { TransferSummary } from '../transfer-types';
import { TRANSFER_SUMMARY_FIELDS } from './transfer-fields';

export const TRANSFER_REQUESTS_FIRST = 50;

export const TRANSFER_REQUESTS_QUERY: TypedDocumentNode<{ transferRequests: TransferSummary[] }, { first: number }> = gql`
  query TransferRequests($first: Int!) {
    transferRequests(first: $first) {
      ...TransferSummaryFields
    }
  }
  ${TRANSFER_SUMMARY_FIELDS}
`;

/** The requests the viewer asked for, may decide, or that concern their team; newest first. */
export function useTransferRequests() {
  return useQuery(TRANSFER_REQUESTS_QUERY, { variables: { first: TRANSFER_REQUESTS_FIRST }, notifyOnNetworkStatusChange: true });
}
