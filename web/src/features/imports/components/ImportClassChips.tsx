import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import { IMPORT_ROW_CLASSES } from '@berth/domain';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { classLabel } from '../import-labels';
import type { ImportClassCounts, ImportRowClass } from '../import-types';

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

/** Rows per class, each a chip that shows the class's rows below; they wrap rather than scroll, so every count stays in view on a phone. */
export function ImportClassChips({ counts, selected, onSelect }: Props) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Box role="group" aria-label={t('imports.review.classes')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }} data-testid="import-class-counts">
      {IMPORT_ROW_CLASSES.map((rowClass) => (
        <Chip
          key={rowClass}
          clickable
          size="medium"
          color={CLASS_COLORS[rowClass]}
          variant={rowClass === selected ? 'filled' : 'outlined'}
          aria-pressed={rowClass === selected}
          onClick={() => onSelect(rowClass)}
          data-testid={`import-class-${rowClass}`}
          data-count={counts[rowClass]}
          label={
            <>
              {classLabel(rowClass, t)}
              <Box component="span" sx={{ ml: 0.75, fontWeight: 700 }} data-testid="import-class-count">
                {fmt.count(counts[rowClass])}
              </Box>
            </>
          }
        />
      ))}
    </Box>
  );
}
