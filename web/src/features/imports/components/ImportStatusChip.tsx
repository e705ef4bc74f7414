import Chip, { type ChipProps } from '@mui/material/Chip';
import { useT } from '../../../i18n/I18nProvider';
import { statusLabel } from '../import-labels';
import type { ImportStatus } from '../import-types';

const COLORS: Record<ImportStatus, ChipProps['color']> = {
  UPLOADED: 'warning',
  CHECKING: 'info',
  CHECKED: 'success',
  IMPORTING: 'info',
  DONE: 'success',
  CANCELLED: 'default',
  FAILED: 'error',
  UNDOING: 'info',
  UNDONE: 'default',
};

export function ImportStatusChip({ status }: { status: ImportStatus }) {
  const t = useT();
  return <Chip size="small" color={COLORS[status]} variant="outlined" label={statusLabel(status, t)} data-testid="import-status" data-status={status} />;
}
