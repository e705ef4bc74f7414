import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const IMPORT_JOBS_QUERY = graphql(`
  query ImportJobs {
    importJobs {
      ...ImportJobSummaryFields
    }
  }
`);

/** The viewer's latest imports (and their team's, for a manager), newest first; read again on each visit. */
export function useImportJobs() {
  return useQuery(IMPORT_JOBS_QUERY, { fetchPolicy: 'cache-and-network' });
}
