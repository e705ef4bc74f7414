import type { ReactNode } from 'react';
import { useNow } from '../../../shared/hooks/useNow';
import { useImportRows, type ImportRowFilter } from '../hooks/useImportRows';
import type { ImportField, ImportRow } from '../import-types';
import { ImportRowsPanel } from './ImportRowsPanel';

interface Props {
  jobId: string;
  /** One pre-check class (the review), one outcome of the write, or what an undo did. */
  filter: ImportRowFilter;
  /** Rows that match, from the job's counts. */
  total: number;
  mapping: readonly (ImportField | null)[];
  /** Why a row is in the list, under its company and contact; `now` is the list's one moment. */
  why: (row: ImportRow, now: Date) => ReactNode;
}

/** One class's (outcome's, undo group's) rows in file order, fifty at a time ("Show more"). */
export function ImportRowList({ jobId, filter, total, mapping, why, attrs = {} }: Props & { attrs?: Record<`data-${string}`, string> }) {
  const now = useNow();
  const { rows, loading, error, refetch, showMore, hasMore } = useImportRows(jobId, filter, total, { skip: total === 0 });
  return (
    <ImportRowsPanel rows={rows} total={total} mapping={mapping} why={(row) => why(row, now)} busy={loading} error={error}
      onRetry={rows.length === 0 ? refetch : showMore} hasMore={hasMore} onMore={showMore}
      attrs={{ 'data-class': 'class' in filter ? filter.class : '', 'data-outcome': 'outcome' in filter ? filter.outcome : '', ...attrs }} />
  );
}
