import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ConnectionState } from './connection-state';
import { NO_CATCH_UP, type CatchUp } from './reconnect-catch-up';
import type { RealtimeSocket } from './realtime-socket';

/**
 * The part of the socket the UI needs; tests provide a stand-in. A stand-in without
 * `getCatchUp` reads as a socket that never had to catch up.
 */
export type Realtime = Pick<RealtimeSocket, 'identity' | 'setIdentity' | 'getState' | 'subscribe'> &
  Partial<Pick<RealtimeSocket, 'getCatchUp'>>;

const RealtimeContext = createContext<Realtime | null>(null);

export const RealtimeProvider = RealtimeContext.Provider;

export function useRealtime(): Realtime {
  const realtime = useContext(RealtimeContext);
  if (!realtime) throw new Error('useRealtime must be used inside <RealtimeProvider>');
  return realtime;
}

export function useConnectionState(): ConnectionState {
  const realtime = useRealtime();
  return useSyncExternalStore(realtime.subscribe, realtime.getState);
}

/** Whether the screen is being, or has been, brought up to date after the socket came back. */
export function useCatchUp(): CatchUp {
  const realtime = useRealtime();
  return useSyncExternalStore(realtime.subscribe, realtime.getCatchUp ?? noCatchUp);
}

const noCatchUp = () => NO_CATCH_UP;
