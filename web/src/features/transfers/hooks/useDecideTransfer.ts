import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { TransferDetail } from '../transfer-types';
import { TRANSFER_DETAIL_FIELDS } from './transfer-fields';

export const DECIDE_TRANSFER_MUTATION: TypedDocumentNode<{ decideTransfer: TransferDetail }, { id: string; approve: boolean; comment: string | null }> = gql`
  mutation DecideTransfer($id: ID!, $approve: Boolean!, $comment: String) {
    decideTransfer(id: $id, approve: $approve, comment: $comment) {
      ...TransferDetailFields
    }
  }
  ${TRANSFER_DETAIL_FIELDS}
`;

/** Approves (it starts) or rejects (nothing moves) a pending request; its row and detail update from the normalized answer. */
export function useDecideTransfer() {
  const [mutate, { loading }] = useMutation(DECIDE_TRANSFER_MUTATION);
  const decide = async (id: string, approve: boolean, comment: string): Promise<TransferDetail> => {
    const { data } = await mutate({ variables: { id, approve, comment: comment.trim() || null } });
    return data!.decideTransfer;
  };
  return { decide, deciding: loading };
}
