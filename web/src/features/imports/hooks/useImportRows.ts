import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ImportOutcome, ImportRowClass, ImportUndoResult } from '../import-types';

/** Rows a "Show more" adds. */
export const IMPORT_ROWS_PAGE = 50;

export const IMPORT_ROWS_QUERY = graphql(`
  query ImportRows($id: ID!, $class: ImportRowClass, $outcome: ImportOutcome, $undo: [ImportUndoResult!], $afterRow: Int!, $first: Int!) {
    importJob(id: $id) {
      id
      rows(class: $class, outcome: $outcome, undo: $undo, afterRow: $afterRow, first: $first) {
        ...ImportRowFields
      }
    }
  }
`);

/** Which rows a list shows: one pre-check class (the review), one outcome of the write, or what an undo did (removed, or kept for these reasons). */
export type ImportRowFilter = { class: ImportRowClass } | { outcome: ImportOutcome } | { undo: ImportUndoResult[] };

/**
 * One class's (outcome's, undo group's) rows in file order, a page at a time: "Show more" asks for the rows
 * after the last one shown and adds them to the first page's list.
 */
export function useImportRows(id: string, filter: ImportRowFilter, total: number, { skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error, refetch, fetchMore } = useQuery(IMPORT_ROWS_QUERY, {
    variables: { id, ...filter, afterRow: 0, first: IMPORT_ROWS_PAGE },
    notifyOnNetworkStatusChange: true,
    skip,
  });
  const rows = data?.importJob.rows ?? [];
  const last = rows.at(-1)?.rowNumber ?? 0;
  const showMore = () =>
    fetchMore({
      variables: { afterRow: last },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...prev,
        importJob: { ...prev.importJob, rows: [...prev.importJob.rows, ...fetchMoreResult.importJob.rows] },
      }),
    });
  return { rows, loading, error, refetch, showMore, hasMore: rows.length < total && rows.length > 0 };
}
