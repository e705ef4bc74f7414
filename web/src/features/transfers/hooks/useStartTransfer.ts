import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { TransferDetail, TransferInput } from '../transfer-types';
import { TRANSFER_DETAIL_FIELDS } from './transfer-fields';

export const START_TRANSFER_MUTATION: TypedDocumentNode<{ startTransfer: TransferDetail }, { input: TransferInput }> = gql`
  mutation StartTransfer($input: TransferInput!) {
    startTransfer(input: $input) {
      ...TransferDetailFields
    }
  }
  ${TRANSFER_DETAIL_FIELDS}
`;

/** Asks for a transfer; the requests list is dropped, so an open one reads itself again with it. */
export function useStartTransfer() {
  const [mutate, { loading }] = useMutation(START_TRANSFER_MUTATION, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'transferRequests' });
      cache.gc();
    },
  });
  const startTransfer = async (input: TransferInput): Promise<TransferDetail> => {
    const { data } = await mutate({ variables: { input } });
    return data!.startTransfer;
  };
  return { startTransfer, starting: loading };
}
