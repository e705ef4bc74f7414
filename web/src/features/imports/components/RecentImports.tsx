import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useImportJobs } from '../hooks/useImportJobs';
import { ImportJobList } from './ImportJobList';

/** The viewer's latest imports (their team's too, for a manager), under the upload. */
export function RecentImports({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const { data, loading, error, refetch } = useImportJobs();
  const jobs = data?.importJobs ?? [];
  return (
    <section aria-labelledby="recent-imports">
      <Typography variant="h2" id="recent-imports" sx={{ mt: 4, mb: 1.5 }}>
        {t('imports.list.title')}
      </Typography>
      {error ? <RetryAlert error={error} onRetry={refetch} sx={{ mb: 2 }} /> : null}
      {!data ? (
        loading ? <Skeleton variant="rounded" height={120} aria-label={t('imports.list.loading')} /> : null
      ) : jobs.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }} data-testid="import-list-empty">
          {t('imports.list.empty')}
        </Typography>
      ) : (
        <ImportJobList jobs={jobs} onOpen={onOpen} />
      )}
    </section>
  );
}
