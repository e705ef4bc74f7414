import { useState } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { useImportProgress } from '../hooks/useImportProgress';
import type { ImportJobDetail, ImportUndoCounts } from '../import-types';

interface Props {
  job: Pick<ImportJobDetail, 'id' | 'outcomeCounts' | 'undoCounts'>;
  /** The undo ended (UNDONE): read the job again for what it did. */
  onFinished: () => void;
}

/**
 * The undo as it runs: created customers gone through so far, removed and kept, live from
 * `importProgress` after each chunk the job commits (the page also reads the job every few
 * seconds, since events are at most once). Counts never go back: an event and a read of the job
 * may cross on the way, and each count only grows, so the larger of the two is the later.
 */
export function ImportUndoProgress({ job, onFinished }: Props) {
  const t = useT();
  const [live, setLive] = useState<ImportUndoCounts | null>(null);
  useImportProgress(job.id, {
    onEvent: (progress) => {
      setLive(progress.undoCounts);
      if (progress.status !== 'UNDOING') onFinished();
    },
  });
  const removed = Math.max(job.undoCounts.removed, live?.removed ?? 0);
  const kept = Math.max(job.undoCounts.kept, live?.kept ?? 0);
  const total = job.outcomeCounts.CREATED;
  const decided = Math.min(total, removed + kept);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }} data-testid="import-undo-progress" data-removed={removed} data-kept={kept} data-total={total}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {t('imports.undo.running')}
      </Typography>
      <LinearProgress variant="determinate" value={total > 0 ? Math.round((decided / total) * 100) : 0} aria-label={t('imports.undo.label')}
        color="warning" sx={{ height: 8, borderRadius: 4 }} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 1, mt: 0.75 }}>
        <Typography variant="body2" color="text.secondary" data-testid="import-undo-line">
          {t('imports.undo.line', { decided, total, removed, kept })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('imports.undo.how')}
        </Typography>
      </Box>
    </Paper>
  );
}
