import { act } from '@testing-library/react';
import type { Client, ClientOptions } from 'graphql-ws';

type Listener = (...args: unknown[]) => void;

/** Stands in for a graphql-ws client: records its options and lets the test fire its events. */
export function fakeWsClient(options: ClientOptions) {
  const listeners = new Map<string, Set<Listener>>();
  const client = {
    options,
    disposed: false,
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)!.delete(listener);
    },
    /** Fires `event` inside act(), as the socket would between renders. */
    emit(event: string, ...args: unknown[]) {
      act(() => listeners.get(event)?.forEach((l) => l(...args)));
    },
    dispose() {
      client.disposed = true;
    },
    subscribe: () => () => {},
    iterate: () => {
      throw new Error('not used');
    },
    terminate() {},
  };
  return client;
}

export type FakeWsClient = ReturnType<typeof fakeWsClient>;

/** A factory for RealtimeSocket's `createWsClient` that keeps every client it made, oldest first. */
export function fakeWsClients() {
  const clients: FakeWsClient[] = [];
  const create = (options: ClientOptions) => {
    const client = fakeWsClient(options);
    clients.push(client);
    return client as unknown as Client;
  };
  return { clients, create };
}

/** The socket drops and graphql-ws gets it back on its own: close, retry, acknowledged again. */
export function dropAndReconnect(client: FakeWsClient) {
  client.emit('closed', { code: 1006, reason: '' });
  client.emit('connecting', true);
  client.emit('connected', {}, undefined, true);
}
