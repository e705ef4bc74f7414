import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { Formatter } from '../../../i18n/formatter';
import type { Translate } from '../../../i18n/translator';
import { describeError } from '../../../shared/errors/describe-error';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useCancelImport } from '../hooks/useCancelImport';
import { useImportProgress } from '../hooks/useImportProgress';
import type { ImportJobDetail, ImportPace, ImportProgress } from '../import-types';
import { AskOnceDialog } from './AskOnceDialog';

interface Props {
  job: Pick<ImportJobDetail, 'id' | 'status' | 'totalRows' | 'doneRows' | 'pace'>;
  /** The uploader (or an admin) may stop it. */
  canCancel: boolean;
  /** The write ended (DONE, or CANCELLED): read the job again for its outcome. */
  onFinished: () => void;
}

/** A span of time measured from an arbitrary origin: the countdown wording without reading any clock. */
const ORIGIN = new Date(0);

/** "2.5 rows/s · 3 min left": the server's pace and the rest at that pace, in the viewer's numbers; null before there is a pace. */
function paceText(pace: ImportPace | null | undefined, t: Translate, fmt: Formatter): string | null {
  if (!pace) return null;
  const perSecond = t('imports.write.rate', { rate: fmt.decimal(pace.rowsPerSecond, pace.rowsPerSecond < 10 ? 1 : 0) });
  const left = pace.secondsLeft < 60 ? t('imports.write.underAMinute') : fmt.timeLeft(new Date(pace.secondsLeft * 1000).toISOString(), ORIGIN);
  return `${perSecond}${t('imports.why.separator')}${left}`;
}

/**
 * Rows written of total, live from `importProgress` after each chunk the job commits (the page also
 * reads the job every few seconds, since events are at most once), with the pace and the time left
 * as the server works them out by its own clock (the browser's may be off). Counts never go back: an
 * event and a read of the job may cross on the way, and the pace shown is the one of the further of
 * the two.
 */
export function ImportWriteProgress({ job, canCancel, onFinished }: Props) {
  const t = useT();
  const fmt = useFormat();
  const handleError = useErrorHandler();
  const { cancelImport, cancelling } = useCancelImport();
  const [asking, setAsking] = useState(false);
  const [live, setLive] = useState<ImportProgress | null>(null);
  useImportProgress(job.id, {
    onEvent: (progress) => {
      setLive(progress);
      if (progress.status !== 'IMPORTING') onFinished();
    },
  });
  const total = live?.totalRows ?? job.totalRows;
  const done = Math.min(total, Math.max(job.doneRows, live?.doneRows ?? 0));
  const pace = paceText(live && live.doneRows > job.doneRows ? live.pace : job.pace, t, fmt);

  const stop = async () => {
    try {
      await cancelImport(job.id);
    } catch (error) {
      handleError(error);
      if (describeError(error).code === 'IMPORT_ALREADY_STARTED') onFinished();
    } finally {
      setAsking(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }} data-testid="import-write-progress" data-done={done} data-total={total}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {t('imports.write.running')}
      </Typography>
      <LinearProgress variant="determinate" value={total > 0 ? Math.round((done / total) * 100) : 0} aria-label={t('imports.write.label')} sx={{ height: 8, borderRadius: 4 }} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, mt: 0.75 }}>
        <Typography variant="body2" color="text.secondary" data-testid="import-write-line">
          {t('imports.write.line', { done, total })}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="import-write-pace">
          {pace ?? t('imports.write.measuring')}
        </Typography>
      </Box>
      {canCancel ? (
        <Button color="error" variant="outlined" onClick={() => setAsking(true)} disabled={cancelling} sx={{ mt: 2, width: { xs: '100%', sm: 'auto' } }} data-testid="cancel-import">
          {t('imports.write.cancel')}
        </Button>
      ) : null}
      {asking ? (
        // What is written stays, and the rows not reached are not imported.
        <AskOnceDialog title={t('imports.write.cancelTitle')} paragraphs={[t('imports.write.cancelBody')]} keepLabel={t('imports.write.keep')}
          confirmLabel={t(cancelling ? 'imports.write.stopping' : 'imports.write.stop')} color="error" busy={cancelling}
          onKeep={() => setAsking(false)} onConfirm={() => void stop()}
          testIds={{ dialog: 'cancel-import-dialog', keep: 'keep-importing', confirm: 'confirm-cancel-import' }} />
      ) : null}
    </Paper>
  );
}
