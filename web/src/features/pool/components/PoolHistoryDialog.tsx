import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../shared/errors/describe-error';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { TagChips, TierChip } from '../../customers/components/CustomerChips';
import { usePoolCustomerHistory } from '../hooks/usePoolCustomerHistory';
import { claimBlock, type ClaimRoom } from '../claim-availability';
import { PoolEntryTimeline } from './PoolEntryTimeline';
import { PoolFollowUps } from './PoolFollowUps';

interface Props {
  /** The pool customer to show; null keeps the dialog closed. */
  customer: { id: string; companyName: string } | null;
  now: Date;
  onClose: () => void;
  onClaim: (id: string) => void;
  claiming: boolean;
  refusal?: { code: string | null; message: string };
  /** The viewer's room to claim (their quotas); unlimited when not given. */
  room?: ClaimRoom;
}

const UNLIMITED: ClaimRoom = { left: Number.POSITIVE_INFINITY, reason: null };

/** A look at a pool customer's past before claiming it: how it came to the pool, and what was tried. */
export function PoolHistoryDialog({ customer, now, onClose, onClaim, claiming, refusal, room = UNLIMITED }: Props) {
  const phone = useIsPhone();
  const { t, fmt } = useI18n();
  // The last customer shown stays on screen while the dialog fades out.
  const [target, setTarget] = useState(customer);
  if (customer && customer !== target) setTarget(customer);
  const { data, loading, error } = usePoolCustomerHistory(target?.id ?? null);
  const shown = data?.poolCustomer.id === target?.id ? data?.poolCustomer : undefined;
  const blocked = shown ? claimBlock(shown.claimHold, room, 0, true, { t, fmt }, now).claim : null;
  const described = error ? describeError(error, t) : null;
  const gone = described?.code === 'NOT_FOUND';
  const where = shown ? [shown.industry, shown.region?.name, shown.source].filter(Boolean).join(' · ') : '';

  return (
    <Dialog open={customer !== null} onClose={onClose} fullScreen={phone} fullWidth maxWidth="sm">
      <DialogTitle sx={{ pb: 1 }}>{shown?.companyName ?? target?.companyName ?? ''}</DialogTitle>
      <DialogContent dividers data-testid="pool-history-dialog" data-customer-id={target?.id}>
        {loading && !shown ? <LinearProgress aria-label={t('pool.history.loading')} sx={{ mb: 2 }} /> : null}
        {error ? (
          <Alert severity={gone ? 'info' : 'error'} sx={{ mb: 2 }} data-testid="pool-history-error">
            {gone ? t('pool.history.gone') : described?.message}
          </Alert>
        ) : null}
        {shown ? (
          <>
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
              <TierChip tier={shown.tier} />
              {where ? <Typography variant="body2" color="text.secondary">{where}</Typography> : null}
              <TagChips tags={shown.tags} max={5} />
            </Stack>
            <Typography variant="h3" component="h3" sx={{ mb: 1.5 }}>
              {t('pool.history.entries')}
            </Typography>
            <PoolEntryTimeline customer={shown} now={now} />
            <Typography variant="h3" component="h3" sx={{ mt: 3, mb: 1.5 }}>
              {t('pool.history.followUps', { count: shown.followUps.length })}
            </Typography>
            <PoolFollowUps customer={shown} now={now} />
          </>
        ) : null}
        {blocked && !refusal ? (
          <Alert severity="info" sx={{ mt: 2 }} data-testid="pool-history-blocked">
            {blocked}
          </Alert>
        ) : null}
        {refusal ? (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="pool-history-refusal" data-code={refusal.code ?? ''}>
            {refusal.message}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button color="inherit" onClick={onClose}>
          {t('common.close')}
        </Button>
        <Button variant="contained" disabled={!shown || claiming || blocked !== null} onClick={() => target && onClaim(target.id)} data-testid="pool-history-claim">
          {claiming ? t('pool.card.claiming') : t('pool.card.claim')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
