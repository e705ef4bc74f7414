import Tooltip from '@mui/material/Tooltip';
import { useFormat, useT } from '../../../i18n/I18nProvider';

/** "protected for 12 more days", with the exact end on hover. */
export function ProtectionCountdown({ protectedUntil, now }: { protectedUntil: string | null; now: Date }) {
  const t = useT();
  const fmt = useFormat();
  const text = fmt.protection(protectedUntil, now);
  if (!text) return null;
  return (
    <Tooltip title={t('duplicates.protection.until', { time: fmt.dateTime(protectedUntil) })}>
      <span data-testid="protection-countdown">{text}</span>
    </Tooltip>
  );
}
