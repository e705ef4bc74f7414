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
 * While an import can move on without this page, the job is also read again now and then besides
 * being followed live: events are at most once, and a small file can be checked (or written) before
 * the page's subscription is up.
 */
export const FOLLOW_POLL_MS = 5_000;

/**
 * The statuses an import leaves without this page doing anything: its columns wait for the
 * uploader, who may start or cancel it in another tab; a background job checks, writes or undoes it.
 */
const MOVING_ELSEWHERE: readonly ImportStatus[] = ['UPLOADED', 'CHECKING', 'IMPORTING', 'UNDOING'];

export function movesElsewhere(status: ImportStatus | undefined): boolean {
  return status !== undefined && MOVING_ELSEWHERE.includes(status);
}

/** One import, as its page shows it; read again slowly while it may move on elsewhere. */
export function useImportJob(id: string) {
  const result = useQuery(IMPORT_JOB_QUERY, {
    variables: { id },
    // A read after an event must be a request of its own, not a share of a poll already under way
    // whose answer may predate the event.
    context: { queryDeduplication: false },
  });
  const { startPolling, stopPolling } = result;
  const moving = movesElsewhere(result.data?.importJob.status);
  useEffect(() => {
    if (!moving) return undefined;
    startPolling(FOLLOW_POLL_MS);
    return () => stopPolling();
  }, [moving, startPolling, stopPolling]);
  return result;
}
