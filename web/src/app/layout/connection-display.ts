import type { ConnectionState } from '../apollo/connection-state';
import type { CatchUp } from '../apollo/reconnect-catch-up';

export interface ConnectionDisplay {
  /** What the pill says on wider screens. */
  label: string;
  /** What it says on a phone, where the app bar is narrow; null shows the dot alone. */
  short: string | null;
  color: string;
  hint: string;
  /** Something is under way: the dot pulses. */
  busy: boolean;
}

const GREEN = '#2e9d5b';
const AMBER = '#d39b0a';
const RED = '#b23b3b';

const BY_STATE: Record<ConnectionState, ConnectionDisplay> = {
  connected: { label: 'Live', short: null, color: GREEN, hint: 'Changes by your team appear as they happen.', busy: false },
  // The first connection of a visit is routine: the dot says enough on a phone.
  connecting: { label: 'Connecting', short: null, color: AMBER, hint: 'Opening the live connection…', busy: true },
  reconnecting: {
    label: 'Reconnecting…',
    short: 'Reconnecting…',
    color: AMBER,
    hint: 'The live connection dropped; reconnecting. What you see is brought up to date once it is back.',
    busy: true,
  },
  offline: {
    label: 'Offline',
    short: 'Offline',
    color: RED,
    hint: 'No live connection. Berth keeps retrying; lists may be out of date until it is back.',
    busy: false,
  },
};

const CATCHING_UP: ConnectionDisplay = {
  label: 'Reconnected · updating…',
  short: 'Updating…',
  color: AMBER,
  hint: 'Back online: reading again the lists and counters changed while the connection was down.',
  busy: true,
};

const CAUGHT_UP: ConnectionDisplay = {
  label: 'Reconnected · up to date',
  short: 'Up to date',
  color: GREEN,
  hint: 'The connection dropped and came back; everything on screen has been brought up to date.',
  busy: false,
};

const CATCH_UP_FAILED: ConnectionDisplay = {
  label: 'Reconnected · not all updated',
  short: 'Not updated',
  color: AMBER,
  hint: 'Back online, but some views could not be read again: they say so and offer to retry.',
  busy: false,
};

/**
 * What the indicator shows. Once connected, a catch-up in progress is shown for as long as it
 * takes, and its outcome while `showOutcome` (briefly: the news is that it happened).
 */
export function connectionDisplay(state: ConnectionState, phase: CatchUp['phase'], showOutcome: boolean): ConnectionDisplay {
  if (state !== 'connected') return BY_STATE[state];
  if (phase === 'refreshing') return CATCHING_UP;
  if (showOutcome && phase === 'done') return CAUGHT_UP;
  if (showOutcome && phase === 'failed') return CATCH_UP_FAILED;
  return BY_STATE.connected;
}
