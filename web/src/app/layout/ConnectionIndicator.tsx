import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { keyframes } from '@mui/material/styles';
import type { ConnectionState } from '../apollo/connection-state';
import { useConnectionState } from '../apollo/realtime-context';

const DISPLAY: Record<ConnectionState, { label: string; color: string; hint: string }> = {
  connected: { label: 'Live', color: '#2e9d5b', hint: 'Changes by your team appear as they happen.' },
  connecting: { label: 'Connecting', color: '#d39b0a', hint: 'Opening the live connection…' },
  reconnecting: { label: 'Reconnecting', color: '#d39b0a', hint: 'The live connection dropped; reconnecting.' },
  offline: {
    label: 'Offline',
    color: '#b23b3b',
    hint: 'No live connection. Berth keeps retrying; lists may be out of date until it is back.',
  },
};

const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.35; }
  100% { opacity: 1; }
`;

/** `compact` hides the text on phones; the dot and the tooltip still tell the state. */
export function ConnectionIndicator({ state, compact = false }: { state: ConnectionState; compact?: boolean }) {
  const { label, color, hint } = DISPLAY[state];
  const busy = state === 'connecting' || state === 'reconnecting';
  return (
    <Tooltip title={hint}>
      <Box
        data-testid="connection-indicator"
        data-state={state}
        role="status"
        aria-label={`Connection: ${label}`}
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.75,
          px: compact ? 0.75 : 1.25,
          py: 0.5,
          borderRadius: 99,
          border: '1px solid',
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        <Box
          component="span"
          sx={{
            width: 8,
            height: 8,
            borderRadius: '50%',
            bgcolor: color,
            animation: busy ? `${pulse} 1.2s ease-in-out infinite` : 'none',
          }}
        />
        {compact ? null : (
          <Typography component="span" variant="caption" sx={{ fontWeight: 600 }}>
            {label}
          </Typography>
        )}
      </Box>
    </Tooltip>
  );
}

/** The indicator fed by the app's socket: graphql-ws events → state → dot and label. */
export function LiveConnectionIndicator({ compact = false }: { compact?: boolean }) {
  return <ConnectionIndicator state={useConnectionState()} compact={compact} />;
}
