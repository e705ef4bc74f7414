import { useMutation } from '@apollo/client/react';
import type { TransferDetail, TransferInput } from '../transfer-types';
import { graphql } from '../../../gql';

export const START_TRANSFER_MUTATION = graphql(`
  mutation StartTransfer($input: TransferInput!) {
    startTransfer(input: $input) {
      ...TransferDetailFields
    }
  }
`);

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
