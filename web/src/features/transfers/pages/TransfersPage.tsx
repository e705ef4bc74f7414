import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import FormControlLabel from '@mui/material/FormControlLabel';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { PageHeader } from '../../../shared/components/PageHeader';
import { RetryAlert } from '../../../shared/components/RetryAlert';
import { useCoalesced } from '../../../shared/hooks/useCoalesced';
import { useIsPhone } from '../../../shared/hooks/useIsPhone';
import { TransferDetailPanel } from '../components/TransferDetailPanel';
import { TransferListWatchers } from '../components/TransferListWatchers';
import { TransferRequestList } from '../components/TransferRequestList';
import { useTransferRequests } from '../hooks/useTransferRequests';

/** Departures and transfers: the requests newest first, those waiting for the viewer's approval a switch away; one opens in a drawer. */
export function TransfersPage() {
  const t = useT();
  const phone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const openId = params.get('id');
  const waitingForMe = params.get('waiting') === '1';
  const { data, previousData, loading, error, refetch } = useTransferRequests();
  const refresh = useCoalesced(() => refetch().catch(() => undefined), 1000);
  const all = useMemo(() => [...((data ?? previousData)?.transferRequests ?? [])].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt)), [data, previousData]);
  const shown = waitingForMe ? all.filter((r) => r.canDecide) : all;

  const update = (changes: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('transfers.page.title')}
        subtitle={t('transfers.page.subtitle')}
        actions={
          <FormControlLabel
            control={<Switch checked={waitingForMe} onChange={(e) => update({ waiting: e.target.checked ? '1' : null })} slotProps={{ input: { 'data-testid': 'transfers-waiting-for-me' } as object }} />}
            label={t('transfers.page.waitingForMe')}
          />
        }
      />
      {error ? <RetryAlert error={error} onRetry={refetch} sx={{ mb: 2 }} /> : null}
      <TransferListWatchers requests={all} onEvent={refresh} />
      {!data && !previousData ? (
        loading ? <Skeleton variant="rounded" height={240} aria-label={t('transfers.page.loading')} /> : null
      ) : shown.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }} data-testid="transfers-empty">
          {t(waitingForMe ? 'transfers.page.emptyWaiting' : 'transfers.page.empty')}
        </Typography>
      ) : (
        <TransferRequestList requests={shown} selectedId={openId} onOpen={(id) => update({ id })} />
      )}
      <Drawer anchor={phone ? 'bottom' : 'right'} open={openId !== null} onClose={() => update({ id: null })}
        slotProps={{ paper: { sx: { width: { xs: '100%', sm: 480 }, maxHeight: { xs: '92vh', sm: 'none' } } } }}>
        {openId ? (
          <Box sx={{ overflowY: 'auto' }}>
            <TransferDetailPanel id={openId} onClose={() => update({ id: null })} />
          </Box>
        ) : null}
      </Drawer>
    </>
  );
}
