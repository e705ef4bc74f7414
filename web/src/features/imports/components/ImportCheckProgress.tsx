import { useState } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { useImportProgress } from '../hooks/useImportProgress';
import type { ImportJobDetail, ImportProgress } from '../import-types';

interface Props {
  job: Pick<ImportJobDetail, 'id' | 'status' | 'totalRows' | 'checkedRows'>;
  /** The check ended (CHECKED, or FAILED): read the job again for its review. */
  onFinished: () => void;
}

/**
 * Rows checked of total, live from `importProgress` after each chunk the job commits; once every
 * row has its class the bar stays, full, above the review. Counts never go back: an event and a
 * read of the job may cross on the way.
 */
export function ImportCheckProgress({ job, onFinished }: Props) {
  const t = useT();
  const [live, setLive] = useState<ImportProgress | null>(null);
  const following = job.status === 'CHECKING';
  useImportProgress(job.id, {
    skip: !following,
    onEvent: (progress) => {
      setLive(progress);
      if (progress.status !== 'CHECKING') onFinished();
    },
  });
  const total = live?.totalRows ?? job.totalRows;
  const checked = Math.min(total, Math.max(job.checkedRows, following ? (live?.checkedRows ?? 0) : 0));
  const running = following && (live?.status ?? 'CHECKING') === 'CHECKING';
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }} data-testid="import-check-progress" data-checked={checked} data-total={total} data-status={running ? 'CHECKING' : job.status}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {t(running ? 'imports.check.running' : 'imports.check.done')}
      </Typography>
      <LinearProgress variant="determinate" value={total > 0 ? Math.round((checked / total) * 100) : 0} aria-label={t('imports.check.label')} sx={{ height: 8, borderRadius: 4 }} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 1, mt: 0.75 }}>
        <Typography variant="body2" color="text.secondary" data-testid="import-check-line">
          {t('imports.check.line', { checked, total })}
        </Typography>
        {running ? (
          <Typography variant="body2" color="text.secondary">
            {t('imports.check.how')}
          </Typography>
        ) : null}
      </Box>
    </Paper>
  );
}
