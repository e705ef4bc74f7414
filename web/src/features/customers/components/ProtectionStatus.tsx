import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import GppBadOutlined from '@mui/icons-material/GppBadOutlined';
import GppMaybeOutlined from '@mui/icons-material/GppMaybeOutlined';
import ShieldOutlined from '@mui/icons-material/ShieldOutlined';
import { DEFAULT_POOL_POLICY, protectionState, type ProtectionStateName } from '@berth/domain';
import { formatDate, formatDateTime } from '../../../shared/format/dates';
import { describeTimeLeft } from '../../../shared/format/protection-countdown';
import { useNow } from '../../../shared/hooks/useNow';

const LOOKS: Record<ProtectionStateName, { color: string; Icon: typeof ShieldOutlined }> = {
  PROTECTED: { color: 'success.main', Icon: ShieldOutlined },
  EXPIRING_SOON: { color: 'warning.main', Icon: GppMaybeOutlined },
  EXPIRED: { color: 'error.main', Icon: GppBadOutlined },
};

/**
 * "Protected until 22 Dec 2026 · 12 days left", live: amber in the reminder window before the
 * end (the policy's lead days), red once over, when the customer goes back to the pool.
 */
export function ProtectionStatus({ protectedUntil }: { protectedUntil: string }) {
  const now = useNow();
  const end = new Date(protectedUntil);
  if (Number.isNaN(end.getTime())) return null;
  const { state } = protectionState(end, now, DEFAULT_POOL_POLICY);
  const { color, Icon } = LOOKS[state];
  const text =
    state === 'EXPIRED'
      ? `Protection ended ${formatDate(protectedUntil)}`
      : `Protected until ${formatDate(protectedUntil)} · ${describeTimeLeft(protectedUntil, now)}`;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color }} data-testid="customer-protection" data-state={state}>
      <Icon fontSize="small" />
      <Tooltip title={`Until ${formatDateTime(protectedUntil)}`}>
        <Typography variant="body2" sx={{ fontWeight: state === 'PROTECTED' ? 400 : 600 }}>
          {text}
        </Typography>
      </Tooltip>
    </Stack>
  );
}
