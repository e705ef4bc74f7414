import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ImportJobDetail } from '../import-types';

export const UNDO_IMPORT_MUTATION = graphql(`
  mutation UndoImport($id: ID!) {
    undoImport(id: $id) {
      ...ImportJobDetailFields
    }
  }
`);

/** Takes an import back (within a day of its end); the answer (UNDOING) lands on the cached job, so its page moves on by itself. */
export function useUndoImport() {
  const [mutate, { loading }] = useMutation(UNDO_IMPORT_MUTATION);
  const undoImport = async (id: string): Promise<ImportJobDetail> => {
    const { data } = await mutate({ variables: { id } });
    return data!.undoImport;
  };
  return { undoImport, undoing: loading };
}
