import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ImportStatus } from '../import-types';

export const IMPORT_JOB_QUERY = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobDetailFields
    }
  }
`);

/**
 * While the pre-check or the write runs, the job is also read again now and then besides being
 * followed live: events are at most once, and a small file can be checked (or written) before the
 * page's subscription is up.
 */
export const RUNNING_POLL_MS = 5_000;

/** The statuses a background job is working through. */
export function isRunning(status: ImportStatus | undefined): boolean {
  return status === 'CHECKING' || status === 'IMPORTING';
}

/** One import, as its page shows it; read again slowly while its rows are being checked or written. */
export function useImportJob(id: string) {
  const result = useQuery(IMPORT_JOB_QUERY, { variables: { id } });
  const { startPolling, stopPolling } = result;
  const running = isRunning(result.data?.importJob.status);
  useEffect(() => {
    if (!running) return undefined;
    startPolling(RUNNING_POLL_MS);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);
  return result;
}
