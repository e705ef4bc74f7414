import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { useT } from '../../../i18n/I18nProvider';

interface Props {
  verdict: 'WARN' | 'BLOCK';
  /** The duplicate panel's element id. */
  panelId: string;
}

/**
 * Beside the save button: the panel sits under a long form, out of sight on a phone, so the
 * verdict is named where the user is about to press, and a tap scrolls to the explanation.
 */
export function DuplicateVerdictHint({ verdict, panelId }: Props) {
  const t = useT();
  const block = verdict === 'BLOCK';
  return (
    <Button
      size="small"
      color={block ? 'error' : 'warning'}
      startIcon={block ? <BlockOutlined /> : <WarningAmberOutlined />}
      onClick={() => document.getElementById(panelId)?.scrollIntoView?.({ behavior: 'smooth', block: 'center' })}
      data-testid="duplicate-hint"
      data-verdict={verdict}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {/* Phones get the short word so the hint, Cancel and Save still share one line. */}
      <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
        {block ? t('duplicates.hint.block') : t('duplicates.hint.warn')}
      </Box>
      <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
        {block ? t('duplicates.hint.blockShort') : t('duplicates.hint.warnShort')}
      </Box>
    </Button>
  );
}
