import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import type { ImportField, ImportRow } from '../import-types';
import { ImportRowItem } from './ImportRowItem';

interface Props {
  rows: readonly ImportRow[];
  /** Rows in the list in all, from the job's counts. */
  total: number;
  mapping: readonly (ImportField | null)[];
  /** Why each row is in the list, under its company and contact. */
  why: (row: ImportRow) => ReactNode;
  /** Rows are still being read for the list (a skeleton while none is shown). */
  busy: boolean;
  error: unknown;
  onRetry: () => unknown;
  hasMore: boolean;
  onMore: () => unknown;
  /** What the list holds, as data attributes (data-class, data-outcome, data-undo). */
  attrs: Record<`data-${string}`, string>;
}

/** Rows of an import in file order with what is said about each, and "Show more" while there are more. */
export function ImportRowsPanel({ rows, total, mapping, why, busy, error, onRetry, hasMore, onMore, attrs }: Props) {
  const t = useT();
  const fmt = useFormat();
  if (total === 0) {
    return (
      <Typography color="text.secondary" sx={{ py: 2 }} data-testid="import-rows-empty">
        {t('imports.review.emptyClass')}
      </Typography>
    );
  }
  if (error && rows.length === 0) return <RetryAlert error={error} onRetry={onRetry} />;
  if (rows.length === 0) return <Skeleton variant="rounded" height={160} aria-label={t('imports.review.loading')} />;
  return (
    <>
      <Paper variant="outlined">
        <Box component="ul" sx={{ m: 0, p: 0 }} data-testid="import-rows" data-count={rows.length} {...attrs}>
          {rows.map((row) => (
            <ImportRowItem key={row.rowNumber} row={row} mapping={mapping}>
              {why(row)}
            </ImportRowItem>
          ))}
        </Box>
      </Paper>
      {error ? <RetryAlert error={error} onRetry={onRetry} sx={{ mt: 1 }} /> : null}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 1.5 }}>
        <Typography variant="body2" color="text.secondary" data-testid="import-rows-shown">
          {t('imports.review.shown', { shown: fmt.count(rows.length), total: fmt.count(total) })}
        </Typography>
        {hasMore ? (
          <Button variant="outlined" size="small" disabled={busy} onClick={() => void Promise.resolve(onMore()).catch(() => undefined)} data-testid="import-rows-more">
            {t('imports.review.more')}
          </Button>
        ) : null}
      </Box>
    </>
  );
}
