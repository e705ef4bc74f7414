import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { countsText, fromToText } from '../transfer-labels';
import type { TransferSummary } from '../transfer-types';
import { TransferStatusChip } from './TransferStatusChip';

interface Props {
  requests: TransferSummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** The requests, newest first: status, from → to, what moves, who asked and when; a moving one shows its bar. */
export function TransferRequestList({ requests, selectedId, onOpen }: Props) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Paper variant="outlined">
      <List disablePadding data-testid="transfer-list" data-count={requests.length}>
        {requests.map((r) => {
          const status = r.progress.status;
          return (
            <ListItemButton key={r.id} divider selected={r.id === selectedId} onClick={() => onOpen(r.id)}
              data-testid="transfer-row" data-request-id={r.id} data-status={status} data-can-decide={r.canDecide}
              sx={{ display: 'block', py: 1.25 }}>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
                <TransferStatusChip status={status} />
                {r.departure ? <Chip size="small" variant="outlined" label={t('transfers.departure')} /> : null}
                <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 0, overflowWrap: 'anywhere' }} data-testid="transfer-row-title">
                  {fromToText(r, t)}
                </Typography>
              </Box>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {countsText(r.counts, t)}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="div">
                {t('transfers.requested', { name: r.requestedBy.name, when: fmt.dateTime(r.requestedAt) })}
              </Typography>
              {status === 'RUNNING' || status === 'QUEUED' ? (
                <LinearProgress variant="determinate" value={r.progress.total ? (r.progress.done / r.progress.total) * 100 : 0} sx={{ mt: 1, height: 4, borderRadius: 2 }} />
              ) : null}
            </ListItemButton>
          );
        })}
      </List>
    </Paper>
  );
}
