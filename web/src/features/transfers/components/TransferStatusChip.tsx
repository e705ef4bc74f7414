import Chip, { type ChipProps } from '@mui/material/Chip';
import { useT } from '../../../i18n/I18nProvider';
import { statusLabel } from '../transfer-labels';
import type { TransferStatus } from '../transfer-types';

const COLORS: Record<TransferStatus, ChipProps['color']> = {
  PENDING: 'warning',
  QUEUED: 'info',
  RUNNING: 'info',
  DONE: 'success',
  REJECTED: 'default',
};

export function TransferStatusChip({ status }: { status: TransferStatus }) {
  const t = useT();
  return <Chip size="small" color={COLORS[status]} variant={status === 'DONE' || status === 'REJECTED' ? 'outlined' : 'filled'} label={statusLabel(status, t)} data-testid="transfer-status" data-status={status} />;
}
