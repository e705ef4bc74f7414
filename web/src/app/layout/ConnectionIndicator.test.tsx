import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import type { Client, ClientOptions } from 'graphql-ws';
import { RealtimeProvider } from '../apollo/realtime-context';
import { RealtimeSocket } from '../apollo/realtime-socket';
import { LiveConnectionIndicator } from './ConnectionIndicator';

type Listener = (...args: unknown[]) => void;

/** Stands in for a graphql-ws client: records its options and lets the test fire its events. */
function fakeWsClient(options: ClientOptions) {
  const listeners = new Map<string, Set<Listener>>();
  const client = {
    options,
    disposed: false,
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)!.delete(listener);
    },
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

function setup(token: string | null = 'tok-1', onSessionEnded = () => {}) {
  const clients: ReturnType<typeof fakeWsClient>[] = [];
  const socket = new RealtimeSocket({
    url: 'ws://localhost/graphql',
    getToken: () => token,
    onSessionEnded,
    createWsClient: (options) => {
      const client = fakeWsClient(options);
      clients.push(client);
      return client as unknown as Client;
    },
  });
  render(
    <RealtimeProvider value={socket}>
      <LiveConnectionIndicator />
    </RealtimeProvider>,
  );
  const indicator = () => screen.getByTestId('connection-indicator');
  return { socket, clients, indicator };
}

describe('connection indicator', () => {
  it('follows the socket through connecting, live, offline and reconnecting', () => {
    const { socket, clients, indicator } = setup();
    expect(indicator().dataset.state).toBe('offline');

    act(() => socket.setIdentity('u1'));
    const client = clients[0];

    client.emit('connecting', false);
    expect(indicator().dataset.state).toBe('connecting');

    client.emit('connected', {}, undefined, false);
    expect(indicator().dataset.state).toBe('connected');
    expect(indicator().textContent).toBe('Live');

    client.emit('closed', { code: 1006 });
    expect(indicator().dataset.state).toBe('offline');
    expect(indicator().textContent).toBe('Offline');

    client.emit('connecting', true);
    expect(indicator().dataset.state).toBe('reconnecting');
    expect(indicator().textContent).toBe('Reconnecting');

    client.emit('connected', {}, undefined, true);
    expect(indicator().dataset.state).toBe('connected');
  });

  it('opens eagerly with the token when signed in and retries forever', async () => {
    const { socket, clients } = setup('tok-1');
    act(() => socket.setIdentity('u1'));
    const { options } = clients[0];

    expect(options.lazy).toBe(false);
    expect(options.retryAttempts).toBe(Infinity);
    expect(options.shouldRetry?.(new Error('network down'))).toBe(true);
    const params = typeof options.connectionParams === 'function' ? await options.connectionParams() : options.connectionParams;
    expect(params).toEqual({ authToken: 'tok-1' });
  });

  it('replaces the socket when the identity changes, and ignores the old one', () => {
    const { socket, clients, indicator } = setup();
    act(() => socket.setIdentity('u1'));
    clients[0].emit('connected', {}, undefined, false);

    act(() => socket.setIdentity('u1'));
    expect(clients).toHaveLength(1);

    act(() => socket.setIdentity(null));
    expect(clients).toHaveLength(2);
    expect(clients[0].disposed).toBe(true);
    expect(clients[1].options.lazy).toBe(true);
    expect(indicator().dataset.state).toBe('offline');

    // A late event from the disposed client must not move the indicator.
    clients[0].emit('connected', {}, undefined, false);
    expect(indicator().dataset.state).toBe('offline');
  });

  it('reports a session ended by the server (close 4401), and only that', () => {
    const ended = vi.fn();
    const { socket, clients, indicator } = setup('tok-1', ended);
    act(() => socket.setIdentity('u1'));
    const { onNonLazyError } = clients[0].options;

    act(() => onNonLazyError?.({ code: 4500, reason: 'Internal server error' }));
    expect(ended).not.toHaveBeenCalled();

    act(() => onNonLazyError?.({ code: 4401, reason: 'Session ended' }));
    expect(ended).toHaveBeenCalledTimes(1);
    expect(indicator().dataset.state).toBe('offline');
  });
});
