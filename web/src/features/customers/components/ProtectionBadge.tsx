import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import type { PoolPolicy } from '@berth/domain';
import { formatDateTime } from '../../../shared/format/dates';
import { describeTimeLeft } from '../../../shared/format/protection-countdown';
import { protectionUrgency } from '../protection-urgency';
import { PROTECTION_LOOKS } from './protection-looks';

interface Props {
  protectedUntil: string | null;
  /** One `now` per list (useNow), so every row counts down together. */
  now: Date;
  policy: PoolPolicy;
}

/** A list's short countdown: "12 days left" in green, amber inside the reminder lead, "Ended" in red. */
export function ProtectionBadge({ protectedUntil, now, policy }: Props) {
  const state = protectionUrgency(protectedUntil, now, policy);
  if (!state) return null;
  const { color, Icon } = PROTECTION_LOOKS[state];
  const ended = state === 'EXPIRED';
  return (
    <Tooltip title={`${ended ? 'Protection ended' : 'Protected until'} ${formatDateTime(protectedUntil)}`}>
      <Box
        component="span"
        data-testid="protection-badge"
        data-state={state}
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.5,
          color,
          typography: 'body2',
          fontWeight: state === 'PROTECTED' ? 400 : 650,
          whiteSpace: 'nowrap',
        }}
      >
        <Icon sx={{ fontSize: 18 }} />
        {ended ? 'Ended' : describeTimeLeft(protectedUntil, now)}
      </Box>
    </Tooltip>
  );
}
