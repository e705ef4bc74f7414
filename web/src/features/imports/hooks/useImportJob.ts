import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const IMPORT_JOB_QUERY = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobDetailFields
    }
  }
`);

/**
 * While the pre-check runs, the job is also read again now and then besides being followed live:
 * events are at most once, and a small file can be checked before the page's subscription is up.
 */
export const CHECKING_POLL_MS = 5_000;

/** One import, as its page shows it; read again slowly while its rows are being checked. */
export function useImportJob(id: string) {
  const result = useQuery(IMPORT_JOB_QUERY, { variables: { id } });
  const { startPolling, stopPolling } = result;
  const checking = result.data?.importJob.status === 'CHECKING';
  useEffect(() => {
    if (!checking) return undefined;
    startPolling(CHECKING_POLL_MS);
    return () => stopPolling();
  }, [checking, startPolling, stopPolling]);
  return result;
}
