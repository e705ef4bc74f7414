import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Close from '@mui/icons-material/Close';
import { useFormat, useT } from '../../../i18n/I18nProvider';
import { MoveButtons, type MoveKind } from './CustomerMoves';

interface Props {
  /** Ticked on the page. */
  count: number;
  /** Everything the filters match. */
  total: number;
  allMatching: boolean;
  onSelectAllMatching: () => void;
  onClear: () => void;
  onOpen: (kind: MoveKind) => void;
}

/** Above a list with ticked customers, for a manager: how many, "all N matching" instead, and the moves. */
export function BulkMoveBar({ count, total, allMatching, onSelectAllMatching, onClear, onOpen }: Props) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Paper
      variant="outlined"
      data-testid="bulk-move-bar"
      data-all-matching={allMatching}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, px: 1.5, py: 1, mb: 1.5, bgcolor: 'rgba(15, 76, 92, 0.06)' }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="bulk-move-count">
        {allMatching ? t('moves.bulk.allMatching', { count: total }) : t('moves.bulk.selected', { count })}
      </Typography>
      {!allMatching && total > count ? (
        <Button size="small" onClick={onSelectAllMatching} data-testid="bulk-select-all-matching">
          {t('moves.bulk.selectAllMatching', { count: fmt.count(total) })}
        </Button>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ ml: { sm: 'auto' }, order: { xs: 3, sm: 0 } }}>
        <MoveButtons onOpen={onOpen} size="small" />
      </Stack>
      {/* On a phone the count, "all matching" and this share the first line; the moves take the second. */}
      <IconButton size="small" onClick={onClear} aria-label={t('moves.bulk.clear')} title={t('moves.bulk.clear')} data-testid="bulk-clear" sx={{ ml: { xs: 'auto', sm: 0 } }}>
        <Close fontSize="small" />
      </IconButton>
    </Paper>
  );
}
