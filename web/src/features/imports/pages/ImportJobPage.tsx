import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { useT } from '../../../i18n/I18nProvider';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { describeError } from '../../../shared/errors/describe-error';
import { useNow } from '../../../shared/hooks/useNow';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ColumnMappingStep } from '../components/ColumnMappingStep';
import { ImportCheckProgress } from '../components/ImportCheckProgress';
import { ImportChosen } from '../components/ImportChosen';
import { ImportCommitStep } from '../components/ImportCommitStep';
import { ImportJobFacts } from '../components/ImportJobFacts';
import { ImportOutcomes } from '../components/ImportOutcomes';
import { ImportReview } from '../components/ImportReview';
import { ImportStatusChip } from '../components/ImportStatusChip';
import { ImportStepper } from '../components/ImportStepper';
import { ImportUndo } from '../components/ImportUndo';
import { ImportWriteProgress } from '../components/ImportWriteProgress';
import { useImportJob } from '../hooks/useImportJob';
import { useImportProgress } from '../hooks/useImportProgress';
import { failureReason } from '../import-labels';
import { isChecked, isStepDone, isWrittenOut, showsCheck, stepOf, wasCancelledEarly, wasWritten } from '../import-steps';

/**
 * One import, at the step it stands: its columns to map (for the uploader), the check's progress
 * live and the review of every row by class, then what to import (for the uploader), the write's
 * progress live, and what it did; for a day after, its undo (offered while the server says this
 * viewer may), the undo's progress live, and what the undo removed and kept.
 */
export function ImportJobPage() {
  const t = useT();
  const viewer = useCurrentUser();
  const { id = '' } = useParams();
  const { data, error, refetch } = useImportJob(id);
  const job = data?.importJob;
  const refresh = () => refetch().catch(() => undefined);
  const reload = () => void refresh();
  const now = useNow();
  // The columns wait on this page, but the uploader may start or cancel the import in another tab:
  // once it moves on, show where it stands rather than a mapping that can no longer be sent.
  useImportProgress(id, {
    skip: job?.status !== 'UPLOADED',
    onEvent: (progress) => {
      if (progress.status !== 'UPLOADED') reload();
    },
  });
  const back = (
    <Button component={RouterLink} to="/imports" startIcon={<ArrowBack />} data-testid="imports-back">
      {t('imports.page.back')}
    </Button>
  );

  if (!job) {
    if (error && describeError(error).code === 'NOT_FOUND') {
      return (
        <>
          <PageHeader title={t('imports.page.title')} actions={back} />
          <Alert severity="info" data-testid="import-not-found">{t('imports.page.notFound')}</Alert>
        </>
      );
    }
    return error ? <RetryAlert error={error} onRetry={refetch} /> : <Skeleton variant="rounded" height={320} aria-label={t('imports.page.loading')} />;
  }

  const mine = job.createdBy.id === viewer.id;
  const mayStop = mine || viewer.role === 'ADMIN';
  const written = wasWritten(job);
  return (
    <Box data-testid="import-job" data-import-id={job.id} data-status={job.status}>
      <PageHeader title={<Box component="span" sx={{ overflowWrap: 'anywhere' }} data-testid="import-file-name">{job.fileName}</Box>} actions={back} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: -1, mb: 2.5, color: 'text.secondary', typography: 'body2' }}>
        <ImportStatusChip status={job.status} />
        <ImportJobFacts job={job} />
      </Box>
      <ImportStepper step={stepOf(job)} done={isStepDone(job)} />
      {error ? <RetryAlert error={error} onRetry={refetch} sx={{ mb: 2 }} /> : null}
      {job.status === 'UPLOADED' ? (
        mine ? (
          <ColumnMappingStep key={job.id} job={job} onStale={reload} />
        ) : (
          <Alert severity="info" data-testid="import-waiting-for-uploader">{t('imports.mapping.othersFile', { name: job.createdBy.name })}</Alert>
        )
      ) : null}
      {job.status === 'FAILED' ? (
        <Alert severity="error" sx={{ mb: 3 }} data-testid="import-failed" data-code={job.errorCode ?? ''}>
          {t('imports.check.failed', { reason: failureReason(job.errorCode, t) })}
        </Alert>
      ) : null}
      {wasCancelledEarly(job) ? (
        <Alert severity="info" sx={{ mb: 3 }} data-testid="import-cancelled">{t('imports.page.cancelled')}</Alert>
      ) : null}
      {showsCheck(job) ? <ImportCheckProgress job={job} onFinished={reload} /> : null}
      {job.status === 'CHECKED' ? (
        mine ? (
          <ImportCommitStep key={job.id} job={job} onStale={reload} />
        ) : (
          <Alert severity="info" sx={{ mb: 3 }} data-testid="import-waiting-for-commit">{t('imports.commit.othersFile', { name: job.createdBy.name })}</Alert>
        )
      ) : null}
      {job.status === 'IMPORTING' ? <ImportWriteProgress job={job} canCancel={mayStop} onFinished={reload} /> : null}
      {isWrittenOut(job) ? <ImportUndo job={job} now={now} onChanged={refresh} /> : null}
      {written ? <ImportChosen job={job} /> : null}
      {isWrittenOut(job) ? <ImportOutcomes job={job} /> : null}
      {showsCheck(job) && isChecked(job.status) ? <ImportReview job={job} /> : null}
    </Box>
  );
}
