import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';

/**
 * A pool match can be claimed rather than entered twice. Claiming comes with the public pool
 * issue; until then the button shows the way and says why it is not open yet.
 */
export function ClaimInsteadButton() {
  return (
    <Tooltip title="Claiming arrives with the public pool" enterTouchDelay={0}>
      {/* A disabled button fires no events: the span lets the tooltip still explain it. */}
      <span>
        <Button size="small" variant="outlined" disabled data-testid="claim-instead-button">
          Claim it instead
        </Button>
      </span>
    </Tooltip>
  );
}
