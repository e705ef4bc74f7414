import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import type { Locale } from '@berth/domain';
import { I18nProvider } from '../../i18n/I18nProvider';
import { RealtimeProvider } from '../apollo/realtime-context';
import { RealtimeSocket, type RealtimeSocketOptions } from '../apollo/realtime-socket';
import { dropAndReconnect, fakeWsClients } from '../../test/fake-ws-client';
import { CATCH_UP_NEWS_MS, LiveConnectionIndicator } from './ConnectionIndicator';

function setup(
  token: string | null = 'tok-1',
  onSessionEnded = () => {},
  more: Partial<RealtimeSocketOptions> & { compact?: boolean; locale?: Locale } = {},
) {
  const { clients, create } = fakeWsClients();
  const { compact, locale = 'en', ...options } = more;
  const socket = new RealtimeSocket({
    url: 'ws://localhost/graphql',
    getToken: () => token,
    onSessionEnded,
    createWsClient: create,
    ...options,
  });
  render(
    <I18nProvider locale={locale} timeZone="UTC">
      <RealtimeProvider value={socket}>
        <LiveConnectionIndicator compact={compact} />
      </RealtimeProvider>
    </I18nProvider>,
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
    expect(indicator().textContent).toBe('Reconnecting…');

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

/** A refresh the test settles when it wants to. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('after the socket comes back', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function signedIn(more: Parameters<typeof setup>[2] = {}) {
    const refreshes = [deferred(), deferred()];
    const onReconnected = vi.fn(() => refreshes[onReconnected.mock.calls.length - 1].promise);
    const view = setup('tok-1', () => {}, { onReconnected, ...more });
    act(() => view.socket.setIdentity('u1'));
    const client = view.clients[0];
    client.emit('connecting', false);
    client.emit('connected', {}, undefined, false);
    return { ...view, client, onReconnected, refreshes };
  }

  it('reads the screen again once, says so, and goes back to "Live" after a while', async () => {
    vi.useFakeTimers();
    const { client, indicator, onReconnected, refreshes } = signedIn();
    expect(onReconnected).not.toHaveBeenCalled();
    expect(indicator().textContent).toBe('Live');
    expect(indicator().dataset.catchUp).toBe('idle');

    dropAndReconnect(client);
    expect(onReconnected).toHaveBeenCalledTimes(1);
    expect(indicator().dataset.state).toBe('connected');
    expect(indicator().dataset.catchUp).toBe('refreshing');
    expect(indicator().textContent).toBe('Reconnected · updating…');

    await act(async () => refreshes[0].resolve());
    expect(indicator().dataset.catchUp).toBe('done');
    expect(indicator().textContent).toBe('Reconnected · up to date');

    act(() => vi.advanceTimersByTime(CATCH_UP_NEWS_MS - 1));
    expect(indicator().textContent).toBe('Reconnected · up to date');
    act(() => vi.advanceTimersByTime(1));
    expect(indicator().textContent).toBe('Live');
    expect(indicator().dataset.catchUp).toBe('done');
    expect(onReconnected).toHaveBeenCalledTimes(1);
  });

  it('says when some views could not be read again', async () => {
    const { client, indicator, refreshes } = signedIn();
    dropAndReconnect(client);
    await act(async () => refreshes[0].reject(new Error('Failed to fetch')));
    expect(indicator().dataset.catchUp).toBe('failed');
    expect(indicator().textContent).toBe('Reconnected · not all updated');
  });

  it('catches up after a first connection that needed retries: the page loaded without live events meanwhile', () => {
    const onReconnected = vi.fn(() => new Promise(() => {}));
    const { socket, clients } = setup('tok-1', () => {}, { onReconnected });
    act(() => socket.setIdentity('u1'));
    clients[0].emit('connected', {}, undefined, true);
    expect(onReconnected).toHaveBeenCalledTimes(1);
  });

  it('never catches up on a first connection, nor for a signed-out socket', () => {
    const { socket, clients, client, onReconnected } = signedIn();
    act(() => socket.setIdentity(null));
    dropAndReconnect(clients[1]);
    act(() => socket.setIdentity('u2'));
    clients[2].emit('connected', {}, undefined, false);
    expect(onReconnected).not.toHaveBeenCalled();
    // The replaced client's late events are ignored too.
    dropAndReconnect(client);
    expect(onReconnected).not.toHaveBeenCalled();
  });

  it('treats a drop during a catch-up as new: the old result is not news, the next reconnect reads again', async () => {
    const { client, indicator, onReconnected, refreshes } = signedIn();
    dropAndReconnect(client);
    client.emit('closed', { code: 1006, reason: '' });
    await act(async () => refreshes[0].resolve());
    expect(indicator().dataset.state).toBe('offline');
    expect(indicator().dataset.catchUp).toBe('idle');

    client.emit('connecting', true);
    client.emit('connected', {}, undefined, true);
    expect(onReconnected).toHaveBeenCalledTimes(2);
    expect(indicator().dataset.catchUp).toBe('refreshing');
  });

  it('signs out on a session ended by the server (4401) instead of reconnecting', () => {
    const ended = vi.fn();
    const onRefused = vi.fn();
    const onReconnected = vi.fn(() => Promise.resolve());
    const { socket, clients, indicator } = setup('tok-1', ended, { onReconnected, onRefused });
    act(() => socket.setIdentity('u1'));
    clients[0].emit('connected', {}, undefined, false);

    clients[0].emit('closed', { code: 4401, reason: 'Session ended' });
    act(() => clients[0].options.onNonLazyError?.({ code: 4401, reason: 'Session ended' }));
    expect(ended).toHaveBeenCalledTimes(1);
    expect(onReconnected).not.toHaveBeenCalled();
    expect(onRefused).not.toHaveBeenCalled();
    expect(indicator().dataset.state).toBe('offline');
  });

  it('asks whether the session still stands when the server refuses the socket (4403)', () => {
    const onRefused = vi.fn();
    const { client } = signedIn({ onRefused });
    client.emit('closed', { code: 1006, reason: '' });
    expect(onRefused).not.toHaveBeenCalled();
    client.emit('connecting', true);
    client.emit('closed', { code: 4403, reason: 'Forbidden' });
    expect(onRefused).toHaveBeenCalledTimes(1);
  });

  it('says it in short words on a phone, and nothing while simply live', async () => {
    const { client, indicator, refreshes } = signedIn({ compact: true });
    expect(indicator().textContent).toBe('');
    expect(indicator().getAttribute('aria-label')).toBe('Connection: Live');

    client.emit('closed', { code: 1006, reason: '' });
    client.emit('connecting', true);
    expect(indicator().textContent).toBe('Reconnecting…');

    client.emit('connected', {}, undefined, true);
    expect(indicator().textContent).toBe('Updating…');
    await act(async () => refreshes[0].resolve());
    expect(indicator().textContent).toBe('Up to date');
    expect(indicator().getAttribute('aria-label')).toBe('Connection: Reconnected · up to date');
  });

  it('speaks Chinese to a Chinese viewer', async () => {
    const { client, indicator, refreshes } = signedIn({ compact: true, locale: 'zh-CN' });
    expect(indicator().getAttribute('aria-label')).toBe('连接状态：实时');
    client.emit('closed', { code: 1006, reason: '' });
    expect(indicator().textContent).toBe('离线');
    client.emit('connecting', true);
    client.emit('connected', {}, undefined, true);
    expect(indicator().textContent).toBe('更新中…');
    await act(async () => refreshes[0].resolve());
    expect(indicator().textContent).toBe('已是最新');
  });
});
