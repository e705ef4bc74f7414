import type { Client } from 'graphql-ws';

/**
 * What the app bar tells the user about the live connection ("Live" is `connected`).
 * The indicator's `data-state` carries these values; browser tests wait for `connected`.
 */
export type ConnectionState = 'connected' | 'connecting' | 'reconnecting' | 'offline';

/**
 * Follows one graphql-ws client's lifecycle. `connecting` fires before every attempt;
 * `isRetry` tells a first connection apart from a recovery after a drop.
 * Returns a function that stops listening.
 */
export function trackConnectionState(
  client: Pick<Client, 'on'>,
  onChange: (state: ConnectionState) => void,
): () => void {
  const stops = [
    client.on('connecting', (isRetry) => onChange(isRetry ? 'reconnecting' : 'connecting')),
    client.on('connected', () => onChange('connected')),
    client.on('closed', () => onChange('offline')),
  ];
  return () => stops.forEach((stop) => stop());
}
