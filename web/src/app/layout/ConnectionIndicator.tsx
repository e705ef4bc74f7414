import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { keyframes } from '@mui/material/styles';
import { useT } from '../../i18n/I18nProvider';
import type { ConnectionState } from '../apollo/connection-state';
import type { CatchUp } from '../apollo/reconnect-catch-up';
import { useCatchUp, useConnectionState } from '../apollo/realtime-context';
import { connectionDisplay } from './connection-display';
import { useBriefly } from './useBriefly';

/** How long "Reconnected · up to date" stays before the pill says "Live" again. */
export const CATCH_UP_NEWS_MS = 8_000;

const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.35; }
  100% { opacity: 1; }
`;

interface Props {
  state: ConnectionState;
  catchUp?: CatchUp;
  /** A catch-up's outcome is still news (shown in words rather than as plain "Live"). */
  showOutcome?: boolean;
  /** Phones: short words, and only when there is news; the dot and the tooltip tell the rest. */
  compact?: boolean;
}

/**
 * `data-state` is the socket's state; `data-catch-up` says whether the screen is being
 * (`refreshing`) or has been (`done`, `failed`) read again since it came back (`idle`: nothing to do).
 */
export function ConnectionIndicator({ state, catchUp, showOutcome = false, compact = false }: Props) {
  const t = useT();
  const phase = catchUp?.phase ?? 'idle';
  const { label, short, color, hint, busy } = connectionDisplay(state, phase, showOutcome, t);
  const words = compact ? short : label;
  return (
    <Tooltip title={hint}>
      <Box
        data-testid="connection-indicator"
        data-state={state}
        data-catch-up={phase}
        role="status"
        aria-label={t('app.connection.ariaLabel', { label })}
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.75,
          px: words ? (compact ? 1 : 1.25) : 0.75,
          py: 0.5,
          minWidth: 0,
          borderRadius: 99,
          border: '1px solid',
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        <Box
          component="span"
          sx={{
            flexShrink: 0,
            width: 8,
            height: 8,
            borderRadius: '50%',
            bgcolor: color,
            animation: busy ? `${pulse} 1.2s ease-in-out infinite` : 'none',
          }}
        />
        {words ? (
          <Typography component="span" variant="caption" noWrap sx={{ fontWeight: 600 }}>
            {words}
          </Typography>
        ) : null}
      </Box>
    </Tooltip>
  );
}

/** The indicator fed by the app's socket: graphql-ws events and catch-ups → dot and words. */
export function LiveConnectionIndicator({ compact = false }: { compact?: boolean }) {
  const state = useConnectionState();
  const catchUp = useCatchUp();
  const finished = catchUp.phase === 'done' || catchUp.phase === 'failed';
  const showOutcome = useBriefly(finished ? catchUp : null, CATCH_UP_NEWS_MS);
  return <ConnectionIndicator state={state} catchUp={catchUp} showOutcome={showOutcome} compact={compact} />;
}
