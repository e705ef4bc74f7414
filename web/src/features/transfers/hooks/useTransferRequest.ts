import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { TransferDetail, TransferFailedItem } from '../transfer-types';
import { TRANSFER_DETAIL_FIELDS } from './transfer-fields';

export const TRANSFER_REQUEST_QUERY: TypedDocumentNode<{ transferRequest: TransferDetail; failedItems: TransferFailedItem[] }, { id: string }> = gql`
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
  ${TRANSFER_DETAIL_FIELDS}
`;

export function useTransferRequest(id: string, { skip = false }: { skip?: boolean } = {}) {
  return useQuery(TRANSFER_REQUEST_QUERY, { variables: { id }, skip });
}
