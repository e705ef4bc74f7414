import type { Client } from 'graphql-ws';

/**
 * Where the app stands on bringing the screen up to date after the socket came back:
 * `idle` (nothing to catch up on this connection), `refreshing` (active queries are being read
 * again), `done`, or `failed` (at least one could not be read; its page says so itself).
 * `round` counts catch-ups, so the UI can tell a new one from the last.
 */
export interface CatchUp {
  phase: 'idle' | 'refreshing' | 'done' | 'failed';
  round: number;
}

export const NO_CATCH_UP: CatchUp = { phase: 'idle', round: 0 };

/**
 * Live events are at most once: whatever the server sent while the socket was down is gone
 * for good. So when one client's socket connects again after a drop, or connects only after
 * failed attempts (the page loaded over HTTP meanwhile), `refresh` reads again what is on
 * screen. A first connection at the first try needs nothing: the page's queries ran just now.
 * Returns a function that stops listening.
 */
export function catchUpOnReconnect(
  client: Pick<Client, 'on'>,
  refresh: () => Promise<unknown>,
  onChange: (catchUp: CatchUp) => void,
): () => void {
  let connectedBefore = false;
  let stopped = false;
  let current = NO_CATCH_UP;
  const set = (next: CatchUp) => {
    current = next;
    // A refresh may settle after the client was replaced; the new client's state is not its to change.
    if (!stopped) onChange(next);
  };

  const stops = [
    client.on('connected', (_socket, _payload, wasRetry) => {
      const isReconnect = connectedBefore || wasRetry;
      connectedBefore = true;
      if (!isReconnect) return;
      const round = current.round + 1;
      set({ phase: 'refreshing', round });
      refresh().then(
        () => finish(round, 'done'),
        () => finish(round, 'failed'),
      );
    }),
    // A new drop makes the last catch-up old news; its late result must not claim otherwise.
    client.on('closed', () => {
      if (current.phase !== 'idle') set({ phase: 'idle', round: current.round });
    }),
  ];

  function finish(round: number, phase: 'done' | 'failed') {
    if (current.round === round && current.phase === 'refreshing') set({ phase, round });
  }

  return () => {
    stopped = true;
    stops.forEach((stop) => stop());
  };
}
