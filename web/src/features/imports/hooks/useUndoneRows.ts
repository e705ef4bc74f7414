import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ImportRow } from '../import-types';
import { undoGroupOf, type UndoGroup } from '../undo-groups';
import { IMPORT_ROWS_PAGE, IMPORT_ROWS_QUERY } from './useImportRows';

/**
 * Created rows read per request while looking for one group's: the largest page the server's
 * operation limits let through (`first` up to 100). The rows API filters by class or outcome but
 * not by what an undo did, so the created rows are read in file order and sifted here.
 */
export const UNDO_ROWS_PAGE = 100;

/**
 * One group's rows of an undone import (removed, or kept), in file order, fifty more per "Show
 * more": the created rows are read page after page until the group has enough to show or every
 * created row is read.
 */
export function useUndoneRows(id: string, group: UndoGroup, groupTotal: number, createdTotal: number) {
  const [wanted, setWanted] = useState(IMPORT_ROWS_PAGE);
  const [exhausted, setExhausted] = useState(false);
  // A later page that failed: asked again only on the viewer's word, never in a loop.
  const [pageError, setPageError] = useState<unknown>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(IMPORT_ROWS_QUERY, {
    variables: { id, outcome: 'CREATED', afterRow: 0, first: UNDO_ROWS_PAGE },
    notifyOnNetworkStatusChange: true,
    skip: groupTotal === 0,
  });
  const read = data?.importJob.rows ?? [];
  const matching = read.filter((row): row is ImportRow & { undo: NonNullable<ImportRow['undo']> } => row.undo !== null && undoGroupOf(row.undo) === group);
  // Pages come full until the last: a short one (or none) means every created row is read.
  const unread = !exhausted && read.length > 0 && read.length % UNDO_ROWS_PAGE === 0 && read.length < createdTotal;
  const needMore = matching.length < Math.min(wanted, groupTotal) && unread;
  const last = read.at(-1)?.rowNumber ?? 0;

  useEffect(() => {
    if (!data || loading || error || pageError || !needMore) return;
    void fetchMore({
      variables: { afterRow: last },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...prev,
        importJob: { ...prev.importJob, rows: [...prev.importJob.rows, ...fetchMoreResult.importJob.rows] },
      }),
    })
      .then((more) => {
        // An empty page after full ones: the created rows ended on a page boundary.
        if (!more.data?.importJob.rows.length) setExhausted(true);
      })
      .catch((failure: unknown) => setPageError(failure));
  }, [data, loading, error, pageError, needMore, last, fetchMore]);

  const rows = matching.slice(0, wanted);
  return {
    rows,
    searching: needMore && !error && !pageError,
    error: error ?? pageError ?? null,
    retry: () => (error ? void refetch().catch(() => undefined) : setPageError(null)),
    showMore: () => setWanted((w) => w + IMPORT_ROWS_PAGE),
    hasMore: rows.length < groupTotal && (matching.length > rows.length || unread),
  };
}
