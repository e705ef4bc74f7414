import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useNow } from '../../../shared/hooks/useNow';
import { useImportRows } from '../hooks/useImportRows';
import type { ImportField, ImportRowClass } from '../import-types';
import { ImportRowItem } from './ImportRowItem';

interface Props {
  jobId: string;
  rowClass: ImportRowClass;
  /** Rows of the class, from the job's counts. */
  total: number;
  mapping: readonly (ImportField | null)[];
}

/** One class's rows in file order, fifty at a time ("Show more"). */
export function ImportRowList({ jobId, rowClass, total, mapping }: Props) {
  const t = useT();
  const fmt = useFormat();
  const now = useNow();
  const { rows, loading, error, refetch, showMore, hasMore } = useImportRows(jobId, rowClass, total, { skip: total === 0 });

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
        <Box component="ul" sx={{ m: 0, p: 0 }} data-testid="import-rows" data-class={rowClass} data-count={rows.length}>
          {rows.map((row) => (
            <ImportRowItem key={row.rowNumber} row={row} mapping={mapping} now={now} />
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
