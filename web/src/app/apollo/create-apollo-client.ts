import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { hasErrorCode } from '../../shared/errors/describe-error';
import { sessionExpired } from '../../shared/errors/session-expired';
import { authToken } from './auth-token';
import { RealtimeSocket, type RealtimeSocketOptions } from './realtime-socket';
import { sessionCheck } from './session-check';
import { typePolicies } from './type-policies';

export interface AppApollo {
  client: ApolloClient;
  realtime: RealtimeSocket;
}

/** ws(s)://<this host>/graphql: the server answers HTTP and WebSocket on the same path. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/** `createWsClient` lets tests stand in for graphql-ws. */
export function createAppApollo({ createWsClient }: Pick<RealtimeSocketOptions, 'createWsClient'> = {}): AppApollo {
  // The socket is built first (the client's link needs it) and calls back into the client later.
  // Assigned once, below: the socket is built before the client and only calls back into it later.
  // eslint-disable-next-line prefer-const
  let client: ApolloClient;
  const realtime = new RealtimeSocket({
    url: graphqlWsUrl(),
    getToken: authToken.get,
    onSessionEnded: () => sessionExpired.emit(),
    // Live events are at most once: after a drop, every list, counter and countdown on screen is read again.
    onReconnected: () => client.refetchObservableQueries(),
    onRefused: sessionCheck(() => client, () => sessionExpired.emit()),
    createWsClient,
  });

  const withBearer = new SetContextLink((prev) => {
    const token = authToken.get();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });

  // The cookie carries the session too, hence `include`; the bearer covers clients without it.
  const http = ApolloLink.from([withBearer, new HttpLink({ uri: '/graphql', credentials: 'include' })]);

  const reportExpiredSession = new ErrorLink(({ error }) => {
    if (hasErrorCode(error, 'UNAUTHENTICATED')) sessionExpired.emit();
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    realtime.link,
    http,
  );

  client = new ApolloClient({
    link: ApolloLink.from([reportExpiredSession, transport]),
    cache: new InMemoryCache({ typePolicies }),
  });
  return { client, realtime };
}
