import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import type { ClaimQuota } from '../hooks/useClaimQuota';

/** How many claims the viewer has left today and how close they are to their holding cap. */
export function ClaimQuotaMeter({ quota }: { quota: ClaimQuota | undefined }) {
  const t = useT();
  const fmt = useFormat();
  if (!quota) return <Skeleton variant="rounded" height={56} sx={{ mb: 2 }} />;
  const { claimedToday, dailyLimit, holdings, holdingCap } = quota;
  const full = claimedToday >= dailyLimit || holdings >= holdingCap;
  const percent = dailyLimit > 0 ? Math.min(100, (claimedToday / dailyLimit) * 100) : 100;
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, mb: 2 }}
      data-testid="claim-quota"
      data-claimed={claimedToday}
      data-limit={dailyLimit}
      data-holdings={holdings}
      data-cap={holdingCap}
    >
      <Typography variant="body2" sx={{ mb: 1, fontWeight: 600 }}>
        {t('pool.quota.summary', { claimed: fmt.count(claimedToday), limit: fmt.count(dailyLimit), holdings: fmt.count(holdings), cap: fmt.count(holdingCap) })}
      </Typography>
      <Box>
        <LinearProgress
          variant="determinate"
          value={percent}
          color={full ? 'error' : percent >= 80 ? 'warning' : 'primary'}
          aria-label={t('pool.quota.progress')}
        />
      </Box>
      {full ? (
        <Typography variant="caption" color="error" component="p" sx={{ mt: 0.5 }}>
          {holdings >= holdingCap ? t('pool.claim.capReached') : t('pool.quota.noneLeftToday')}
        </Typography>
      ) : null}
    </Paper>
  );
}
