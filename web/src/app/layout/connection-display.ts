import type { Translate } from '../../i18n/translator';
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

/**
 * The indicator's looks, by what it has to say; the words are the catalogue's
 * `app.connection.<name>.label | short | hint`. `short: false` keeps a phone to the dot alone.
 */
const LOOKS = {
  live: { color: GREEN, busy: false, short: false },
  // The first connection of a visit is routine: the dot says enough on a phone.
  connecting: { color: AMBER, busy: true, short: false },
  reconnecting: { color: AMBER, busy: true, short: true },
  offline: { color: RED, busy: false, short: true },
  catchingUp: { color: AMBER, busy: true, short: true },
  caughtUp: { color: GREEN, busy: false, short: true },
  catchUpFailed: { color: AMBER, busy: false, short: true },
} as const;

type Look = keyof typeof LOOKS;
type WithShort = { [K in Look]: (typeof LOOKS)[K]['short'] extends true ? K : never }[Look];

const BY_STATE: Record<ConnectionState, Look> = {
  connected: 'live',
  connecting: 'connecting',
  reconnecting: 'reconnecting',
  offline: 'offline',
};

function display(look: Look, t: Translate): ConnectionDisplay {
  const { color, busy, short } = LOOKS[look];
  return {
    label: t(`app.connection.${look}.label`),
    short: short ? t(`app.connection.${look as WithShort}.short`) : null,
    color,
    hint: t(`app.connection.${look}.hint`),
    busy,
  };
}

/**
 * What the indicator shows. Once connected, a catch-up in progress is shown for as long as it
 * takes, and its outcome while `showOutcome` (briefly: the news is that it happened).
 */
export function connectionDisplay(state: ConnectionState, phase: CatchUp['phase'], showOutcome: boolean, t: Translate): ConnectionDisplay {
  if (state !== 'connected') return display(BY_STATE[state], t);
  if (phase === 'refreshing') return display('catchingUp', t);
  if (showOutcome && phase === 'done') return display('caughtUp', t);
  if (showOutcome && phase === 'failed') return display('catchUpFailed', t);
  return display('live', t);
}
