import { useMutation } from '@apollo/client/react';
import type { TransferDetail } from '../transfer-types';
import { graphql } from '../../../gql';

export const DECIDE_TRANSFER_MUTATION = graphql(`
  mutation DecideTransfer($id: ID!, $approve: Boolean!, $comment: String) {
    decideTransfer(id: $id, approve: $approve, comment: $comment) {
      ...TransferDetailFields
    }
  }
`);

/** Approves (it starts) or rejects (nothing moves) a pending request; its row and detail update from the normalized answer. */
export function useDecideTransfer() {
  const [mutate, { loading }] = useMutation(DECIDE_TRANSFER_MUTATION);
  const decide = async (id: string, approve: boolean, comment: string): Promise<TransferDetail> => {
    const { data } = await mutate({ variables: { id, approve, comment: comment.trim() || null } });
    return data!.decideTransfer;
  };
  return { decide, deciding: loading };
}
