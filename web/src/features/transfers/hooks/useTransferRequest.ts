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

export function useTransferRequest(id: string, { skip = false }: { skip?: boolean } = {}) {
  return useQuery(TRANSFER_REQUEST_QUERY, { variables: { id }, skip });
}
