import Button from '@mui/material/Button';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import { revealDuplicatePanel } from '../reveal-duplicate-panel';

interface Props {
  /** "Already in Berth: owned by Li Wei (East sales)". */
  reason: string;
  /** This element's id, for the save button's aria-describedby. */
  id: string;
  /** The duplicate panel's element id. */
  panelId: string;
}

/**
 * Beside a save button a blocking match has turned off: says why, so the rep does not press a
 * dead button wondering; a tap goes to the panel with the evidence (and "Claim it instead").
 */
export function SaveBlockedReason({ reason, id, panelId }: Props) {
  return (
    <Button
      id={id}
      size="small"
      color="error"
      startIcon={<BlockOutlined />}
      onClick={() => revealDuplicatePanel(panelId)}
      data-testid="save-blocked-reason"
      sx={{ textTransform: 'none', textAlign: 'start', justifyContent: 'flex-start', overflowWrap: 'anywhere' }}
    >
      {reason}
    </Button>
  );
}
