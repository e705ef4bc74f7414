import { useMutation } from '@apollo/client/react';
import type { StartImportInput } from '../../../gql/graphql';
import { graphql } from '../../../gql';
import type { ImportJobDetail } from '../import-types';

export const START_IMPORT_MUTATION = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) {
      ...ImportJobDetailFields
    }
  }
`);

/** Confirms the columns and the source; the answer (CHECKING) lands on the cached job, so its page moves on by itself. */
export function useStartImport() {
  const [mutate, { loading }] = useMutation(START_IMPORT_MUTATION);
  const startImport = async (input: StartImportInput): Promise<ImportJobDetail> => {
    const { data } = await mutate({ variables: { input } });
    return data!.startImport;
  };
  return { startImport, starting: loading };
}
