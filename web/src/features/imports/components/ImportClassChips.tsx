import type { ChipProps } from '@mui/material/Chip';
import { IMPORT_ROW_CLASSES } from '@berth/domain';
import { useT } from '../../../i18n/I18nProvider';
import { classLabel } from '../import-labels';
import type { ImportClassCounts, ImportRowClass } from '../import-types';
import { CountChips } from './CountChips';

export const CLASS_COLORS: Record<ImportRowClass, ChipProps['color']> = {
  NEW: 'success',
  DUPLICATE_IN_FILE: 'default',
  MATCHES_POOL: 'info',
  MATCHES_OWNED: 'warning',
  INVALID: 'error',
};

interface Props {
  counts: ImportClassCounts;
  selected: ImportRowClass;
  onSelect: (rowClass: ImportRowClass) => void;
}

/** Rows per pre-check class, each a chip that shows the class's rows below. */
export function ImportClassChips({ counts, selected, onSelect }: Props) {
  const t = useT();
  return (
    <CountChips codes={IMPORT_ROW_CLASSES} counts={counts} colors={CLASS_COLORS} label={(c) => classLabel(c, t)} selected={selected} onSelect={onSelect}
      groupLabel={t('imports.review.classes')} testId="import-class" />
  );
}
