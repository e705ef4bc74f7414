import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { hasErrorCode } from '../../shared/errors/describe-error';
import { sessionExpired } from '../../shared/errors/session-expired';
import { authToken } from './auth-token';
import { RealtimeSocket } from './realtime-socket';
import { typePolicies } from './type-policies';

export interface AppApollo {
  client: ApolloClient;
  realtime: RealtimeSocket;
}

/** ws(s)://<this host>/graphql: the server answers HTTP and WebSocket on the same path. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

export function createAppApollo(): AppApollo {
  const realtime = new RealtimeSocket({
    url: graphqlWsUrl(),
    getToken: authToken.get,
    onSessionEnded: () => sessionExpired.emit(),
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

  const client = new ApolloClient({
    link: ApolloLink.from([reportExpiredSession, transport]),
    cache: new InMemoryCache({ typePolicies }),
  });
  return { client, realtime };
}
