import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { useCoalesced } from '../../../shared/hooks/useCoalesced';
import { useImportProgress } from '../hooks/useImportProgress';
import type { ImportJobDetail } from '../import-types';

interface Props {
  job: Pick<ImportJobDetail, 'id' | 'outcomeCounts' | 'undoCounts'>;
  /** Read the job again (its counts so far, or that it is UNDONE); may return the read. */
  onProgress: () => unknown;
}

/** Reads after a burst of events: one at once, then at most one a second. */
const REREAD_MS = 1_000;

/**
 * The undo as it runs: created customers gone through so far, removed and kept. Each committed
 * chunk is heard on `importProgress`, which carries no undo counts, so an event reads the job
 * again (coalesced); the page also reads it every few seconds, since events are at most once.
 */
export function ImportUndoProgress({ job, onProgress }: Props) {
  const t = useT();
  const reread = useCoalesced(onProgress, REREAD_MS);
  useImportProgress(job.id, { onEvent: reread });
  const { removed, kept } = job.undoCounts;
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
