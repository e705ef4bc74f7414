import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ConnectionState } from './connection-state';
import type { RealtimeSocket } from './realtime-socket';

/** The part of the socket the UI needs; tests provide a stand-in. */
export type Realtime = Pick<RealtimeSocket, 'identity' | 'setIdentity' | 'getState' | 'subscribe'>;

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
