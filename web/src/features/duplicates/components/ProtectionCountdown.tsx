import Tooltip from '@mui/material/Tooltip';
import { formatDateTime } from '../../../shared/format/dates';
import { describeProtection } from '../../../shared/format/protection-countdown';

/** "protected for 12 more days", with the exact end on hover. */
export function ProtectionCountdown({ protectedUntil, now }: { protectedUntil: string | null; now: Date }) {
  const text = describeProtection(protectedUntil, now);
  if (!text) return null;
  return (
    <Tooltip title={`Until ${formatDateTime(protectedUntil)}`}>
      <span data-testid="protection-countdown">{text}</span>
    </Tooltip>
  );
}
