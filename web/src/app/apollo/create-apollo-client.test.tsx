import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { ME_QUERY } from '../../features/auth/me-query';
import { sessionExpired } from '../../shared/errors/session-expired';
import { REP } from '../../test/render';
import { dropAndReconnect, fakeWsClients } from '../../test/fake-ws-client';
import { createAppApollo } from './create-apollo-client';

/** The server as HTTP sees it: answers `Me` with whoever `me` is at the time of the request. */
function fakeServer() {
  const server = { me: REP as typeof REP | null, requests: 0 };
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      server.requests++;
      return new Response(JSON.stringify({ data: { me: server.me } }), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return server;
}

function Probe() {
  const { data } = useQuery(ME_QUERY);
  return <p>{data?.me ? data.me.name : 'nobody'}</p>;
}

function start() {
  const server = fakeServer();
  const { clients, create } = fakeWsClients();
  const apollo = createAppApollo({ createWsClient: create });
  apollo.realtime.setIdentity(REP.id);
  render(
    <ApolloProvider client={apollo.client}>
      <Probe />
    </ApolloProvider>,
  );
  return { server, socket: clients[0], apollo };
}

describe('the app client after the socket comes back', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads every active query again once, so what changed meanwhile shows without a reload', async () => {
    const { server, socket, apollo } = start();
    await screen.findByText('Rita Rep');
    socket.emit('connected', {}, undefined, false);
    expect(server.requests).toBe(1);

    server.me = { ...REP, name: 'Rita Renamed' };
    dropAndReconnect(socket);
    await screen.findByText('Rita Renamed');
    expect(server.requests).toBe(2);
    await waitFor(() => expect(apollo.realtime.getCatchUp().phase).toBe('done'));
  });

  it('signs out when the server refused the socket and no longer knows the session', async () => {
    const ended = vi.fn();
    const stop = sessionExpired.listen(ended);
    const { server, socket } = start();
    await screen.findByText('Rita Rep');

    server.me = null;
    socket.emit('closed', { code: 4403, reason: 'Forbidden' });
    await waitFor(() => expect(ended).toHaveBeenCalledTimes(1));
    // The answer did not reach the cache: the page keeps its user until the session is forgotten properly.
    expect(screen.getByText('Rita Rep')).toBeTruthy();
    stop();
  });
});
