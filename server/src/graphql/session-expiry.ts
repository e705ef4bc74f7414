import type { Clock } from '../clock';
import type { LiveSockets } from './live-sockets';

/** How often each instance looks for expired sessions: a socket outlives its session by at most this. */
export const SESSION_EXPIRY_CHECK_MS = 1_000;

/**
 * Closes live sockets whose session has expired by the server clock. A session that simply runs
 * out is announced by nobody, so each instance watches its own sockets' expiry. Returns stop.
 */
export function closeExpiredSessions(sockets: LiveSockets, clock: Clock): () => void {
  const timer = setInterval(() => sockets.closeExpired(clock.now()), SESSION_EXPIRY_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
