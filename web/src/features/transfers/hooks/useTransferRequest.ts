import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { TransferDetail } from '../transfer-types';
import { TRANSFER_DETAIL_FIELDS } from './transfer-fields';

export const TRANSFER_REQUEST_QUERY: TypedDocumentNode<{ transferRequest: TransferDetail }, { id: string }> = gql`
  query TransferRequest($id: ID!) {
    transferRequest(id: $id) {
      ...TransferDetailFields
    }
  }
  ${TRANSFER_DETAIL_FIELDS}
`;

export function useTransferRequest(id: string) {
  return useQuery(TRANSFER_REQUEST_QUERY, { variables: { id } });
}
