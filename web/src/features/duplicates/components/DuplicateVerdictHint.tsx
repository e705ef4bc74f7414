import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { useT } from '../../../i18n/I18nProvider';
import { revealDuplicatePanel } from '../reveal-duplicate-panel';

interface Props {
  /** The duplicate panel's element id. */
  panelId: string;
}

/**
 * Beside the save button while a warned match waits for its tick: the panel sits under a long
 * form, so the need is named where the user is about to press, and a tap goes to the tick.
 * (A block turns the button off instead and says why: SaveBlockedReason.)
 */
export function DuplicateVerdictHint({ panelId }: Props) {
  const t = useT();
  return (
    <Button
      size="small"
      color="warning"
      startIcon={<WarningAmberOutlined />}
      onClick={() => revealDuplicatePanel(panelId)}
      data-testid="duplicate-hint"
      data-verdict="WARN"
      sx={{ whiteSpace: 'nowrap' }}
    >
      {/* Phones get the short word so the hint, Cancel and Save still share one line. */}
      <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
        {t('duplicates.hint.warn')}
      </Box>
      <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
        {t('duplicates.hint.warnShort')}
      </Box>
    </Button>
  );
}
