import { useMutation } from '@apollo/client/react';
import type { CommitImportInput } from '../../../gql/graphql';
import { graphql } from '../../../gql';
import type { ImportJobDetail } from '../import-types';

export const COMMIT_IMPORT_MUTATION = graphql(`
  mutation CommitImport($input: CommitImportInput!) {
    commitImport(input: $input) {
      ...ImportJobDetailFields
    }
  }
`);

/** Says what to do per class and where new customers go; the answer (IMPORTING) lands on the cached job, so its page moves on by itself. */
export function useCommitImport() {
  const [mutate, { loading }] = useMutation(COMMIT_IMPORT_MUTATION);
  const commitImport = async (input: CommitImportInput): Promise<ImportJobDetail> => {
    const { data } = await mutate({ variables: { input } });
    return data!.commitImport;
  };
  return { commitImport, committing: loading };
}
