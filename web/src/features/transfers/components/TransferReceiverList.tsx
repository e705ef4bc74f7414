import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/I18nProvider';
import type { TransferShare } from '../transfer-types';

interface Props {
  shares: TransferShare[];
  /** The rep whose customers move: those over a receiver's room stay with them. */
  fromName: string;
}

/** How many customers each receiver gets; in a preview, a warning where a rep lacks room for their share. */
export function TransferReceiverList({ shares, fromName }: Props) {
  const t = useT();
  const short = shares.filter((s) => s.user && typeof s.room === 'number' && s.room < s.customers);
  return (
    <Stack spacing={1}>
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {shares.map((share) => (
          <Box component="li" key={share.user?.id ?? 'pool'} data-testid="transfer-receiver" data-user-id={share.user?.id ?? ''} data-customers={share.customers}
            sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
            <Typography variant="body2" noWrap>{share.user?.name ?? t('transfers.pool')}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {t('transfers.receivers.share', { count: share.customers })}
            </Typography>
          </Box>
        ))}
      </Box>
      {short.map((share) => (
        <Alert key={share.user!.id} severity="warning" data-testid="transfer-room-warning">
          {t('transfers.receivers.room', { name: share.user!.name, room: share.room!, over: share.customers - share.room!, from: fromName })}
        </Alert>
      ))}
    </Stack>
  );
}
