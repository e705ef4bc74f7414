import { memo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import { useNow } from '../../../shared/hooks/useNow';
import type { PolicyPreview } from '../hooks/usePolicyPreview';
import { previewHeadline } from '../pool-policy-labels';
import { PreviewRepGroup } from './PreviewRepGroup';

interface Props {
  preview: PolicyPreview | null;
  loading: boolean;
  /** The form no longer holds the values this preview is of. */
  stale: boolean;
}

/** The what-if of the edit: how many customers it would recycle in the coming days, per rep. Memoised: the form re-renders on every keystroke. */
export const PolicyPreviewPanel = memo(function PolicyPreviewPanel({ preview, loading, stale }: Props) {
  const t = useT();
  const now = useNow();
  return (
    <Box data-testid="policy-preview" data-state={loading ? 'loading' : stale ? 'stale' : 'fresh'} sx={{ mt: 2 }}>
      {loading ? (
        <Box role="status" aria-label={t('settings.preview.working')}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('settings.preview.workingLong')}
          </Typography>
          <LinearProgress />
        </Box>
      ) : null}
      {preview ? (
        <>
          <Alert severity={preview.total > preview.totalUnderCurrent ? 'warning' : 'info'} data-testid="policy-preview-headline" sx={{ mb: 1.5 }}>
            {stale ? t('settings.preview.stale', { headline: previewHeadline(preview, t) }) : previewHeadline(preview, t)}
          </Alert>
          <Box sx={{ opacity: stale ? 0.6 : 1 }}>
            {preview.reps.map((forecast) => (
              <PreviewRepGroup key={forecast.rep.id} forecast={forecast} now={now} />
            ))}
          </Box>
        </>
      ) : null}
    </Box>
  );
});
