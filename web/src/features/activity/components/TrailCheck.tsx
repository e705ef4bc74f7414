import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { useErrorHandler } from '../../../shared/errors/ErrorHandlerProvider';
import { useTrailCheck } from '../hooks/useActivityQueries';

interface Props {
  customerId: string;
  /** The customer's ownership events, to say which one a break is at ("event 3 of 7"). */
  eventIds: readonly string[];
}

/** Recomputes the customer's hash-chained ownership trail on the server and says whether it holds. */
export function TrailCheck({ customerId, eventIds }: Props) {
  const t = useT();
  const fmt = useFormat();
  const handleError = useErrorHandler();
  const [check, { data, loading }] = useTrailCheck();
  const result = data?.verifyOwnershipTrail;
  const firstBreak = result?.breaks[0];
  const position = firstBreak ? eventIds.indexOf(firstBreak.eventId) + 1 : 0;

  async function run() {
    try {
      await check({ variables: { customerId } });
    } catch (error) {
      handleError(error);
    }
  }

  return (
    <Box data-testid="trail-check">
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 1 }}>
        <Button variant="outlined" startIcon={<VerifiedOutlined />} disabled={loading} onClick={() => void run()} data-testid="trail-check-button">
          {loading ? t('activity.trail.checking') : t('activity.trail.check')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {t('activity.trail.help')}
        </Typography>
      </Box>
      {result && !loading ? (
        <Alert severity={result.intact ? 'success' : 'error'} sx={{ mt: 1.5 }} data-testid="trail-check-result" data-intact={String(result.intact)}>
          {result.intact || !firstBreak
            ? t('activity.trail.intact', { events: result.events })
            : t('activity.trail.broken', { event: position > 0 ? String(position) : firstBreak.eventId, events: result.events, when: fmt.dateTime(firstBreak.occurredAt) })}
        </Alert>
      ) : null}
    </Box>
  );
}
