import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useNow } from '../../../shared/hooks/useNow';
import { useImportRows, type ImportRowFilter } from '../hooks/useImportRows';
import type { ImportField, ImportRow } from '../import-types';
import { ImportRowItem } from './ImportRowItem';

interface Props {
  jobId: string;
  /** One pre-check class (the review) or one outcome of the write. */
  filter: ImportRowFilter;
  /** Rows that match, from the job's counts. */
  total: number;
  mapping: readonly (ImportField | null)[];
  /** Why a row is in the list, under its company and contact; `now` is the list's one moment. */
  why: (row: ImportRow, now: Date) => ReactNode;
}

/** One class's (or outcome's) rows in file order, fifty at a time ("Show more"). */
export function ImportRowList({ jobId, filter, total, mapping, why }: Props) {
  const t = useT();
  const fmt = useFormat();
  const now = useNow();
  const { rows, loading, error, refetch, showMore, hasMore } = useImportRows(jobId, filter, total, { skip: total === 0 });

  if (total === 0) {
    return (
      <Typography color="text.secondary" sx={{ py: 2 }} data-testid="import-rows-empty">
        {t('imports.review.emptyClass')}
      </Typography>
    );
  }
  if (error && rows.length === 0) return <RetryAlert error={error} onRetry={refetch} />;
  if (rows.length === 0) return <Skeleton variant="rounded" height={160} aria-label={t('imports.review.loading')} />;
  return (
    <>
      <Paper variant="outlined">
        <Box component="ul" sx={{ m: 0, p: 0 }} data-testid="import-rows" data-class={'class' in filter ? filter.class : ''}
          data-outcome={'outcome' in filter ? filter.outcome : ''} data-count={rows.length}>
          {rows.map((row) => (
            <ImportRowItem key={row.rowNumber} row={row} mapping={mapping}>
              {why(row, now)}
            </ImportRowItem>
          ))}
        </Box>
      </Paper>
      {error ? <RetryAlert error={error} onRetry={() => showMore()} sx={{ mt: 1 }} /> : null}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 1.5 }}>
        <Typography variant="body2" color="text.secondary" data-testid="import-rows-shown">
          {t('imports.review.shown', { shown: fmt.count(rows.length), total: fmt.count(total) })}
        </Typography>
        {hasMore ? (
          <Button variant="outlined" size="small" disabled={loading} onClick={() => void showMore().catch(() => undefined)} data-testid="import-rows-more">
            {t('imports.review.more')}
          </Button>
        ) : null}
      </Box>
    </>
  );
}
