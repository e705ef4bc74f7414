import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ImportJobDetail } from '../import-types';

export const CANCEL_IMPORT_MUTATION = graphql(`
  mutation CancelImport($id: ID!) {
    cancelImport(id: $id) {
      ...ImportJobDetailFields
    }
  }
`);

/** Stops an import; while it is being written, what is written stays and the rows not reached end CANCELLED. The answer lands on the cached job. */
export function useCancelImport() {
  const [mutate, { loading }] = useMutation(CANCEL_IMPORT_MUTATION);
  const cancelImport = async (id: string): Promise<ImportJobDetail> => {
    const { data } = await mutate({ variables: { id } });
    return data!.cancelImport;
  };
  return { cancelImport, cancelling: loading };
}
