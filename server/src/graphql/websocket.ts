import type { Server } from 'node:http';
import { NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { WebSocket, WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { MAX_REQUEST_BYTES } from '../http/request-limits';
import { sessionTokenFrom } from '../http/session-cookie';
import { isAllowedWebSocketOrigin } from '../http/websocket-origin';
import { buildContext } from './context';
import { graphQLErrorFor } from './errors';
import { SESSION_ENDED_CLOSE_CODE } from './live-sockets';
import { closeExpiredSessions } from './session-expiry';
import { operationLimitsError } from './operation-limits-plugin';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Operations one socket may run at once (live subscriptions, mostly): each costs work on every event. */
export const MAX_OPERATIONS_PER_SOCKET = 50;

interface WebSocketOptions {
  config: Pick<Config, 'allowedOrigins' | 'wsInitTimeoutMs' | 'production'>;
  clock: Clock;
  logger: Logger;
}

/**
 * graphql-ws on the HTTP server's port and path. A browser's upgrade is accepted only from
 * the server's own origin or an allowed one; a socket only for a valid session (token in
 * connection params `authToken`, or the browser's cookie), which must say so within
 * `wsInitTimeoutMs`. Messages are capped like HTTP bodies, and operations per socket. Each
 * operation re-checks the session and passes the same limits and error formatting as HTTP.
 * Sockets close (4401) when their session ends on any instance or expires.
 */
export function attachWebSocketServer(
  httpServer: Server,
  schema: GraphQLSchema,
  services: Services,
  formatError: FormatError,
  { config, clock, logger }: WebSocketOptions,
) {
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    // ws reads a frame's length from its header and refuses a larger one (1009) before buffering it.
    maxPayload: MAX_REQUEST_BYTES,
    // A refused upgrade gets 403 and never becomes a socket: no GraphQL runs for a foreign page.
    verifyClient: ({ origin, req }, allow) => allow(isAllowedWebSocketOrigin(origin, req.headers.host, config.allowedOrigins), 403, 'Origin not allowed'),
  });
  // As over HTTP (Apollo's `introspection: false`): production does not describe its schema.
  const rules = config.production ? [...specifiedRules, NoSchemaIntrospectionCustomRule] : specifiedRules;
  const tokenOf = (params: Record<string, unknown> | undefined, cookie: string | undefined) =>
    (typeof params?.authToken === 'string' && params.authToken) || sessionTokenFrom({ cookie });

  const cleanup = useServer<Record<string, unknown>, { token: string; forget: () => void }>(
    {
      schema,
      connectionInitWaitTimeout: config.wsInitTimeoutMs,
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const token = tokenOf(ctx.connectionParams, ctx.extra.request.headers.cookie);
        if (!token) return false; // closes with 4403 Forbidden
        const endingsBefore = services.liveSockets.endings;
        const user = await services.auth.authenticate(token);
        if (!user) return false;
        ctx.extra.token = token;
        const forget = services.liveSockets.add({ userId: user.id, sessionTokenHash: user.sessionTokenHash, expiresAt: user.sessionExpiresAt }, socket);
        ctx.extra.forget = forget;
        // An end heard while the session was checked may be this one's, announced before the
        // socket was registered to hear it: check again, now that later ends will reach it.
        if (services.liveSockets.endings !== endingsBefore && !(await services.auth.authenticate(token))) {
          forget();
          return false;
        }
        // The client may have left while its session was checked, after onClose ran.
        if (socket.readyState !== WebSocket.OPEN) forget();
        return true;
      },
      onClose: (ctx) => ctx.extra.forget?.(),
      onSubscribe: async (ctx, _id, payload) => {
        // The operation being subscribed is already among ctx.subscriptions.
        if (operationsAtLeast(ctx.subscriptions, MAX_OPERATIONS_PER_SOCKET + 1)) {
          return [graphQLErrorFor('TOO_MANY_SUBSCRIPTIONS', `This connection already runs ${MAX_OPERATIONS_PER_SOCKET} operations; complete one before starting another.`)];
        }
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [graphQLErrorFor('GRAPHQL_PARSE_FAILED', (error as Error).message)];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors.map((e) => graphQLErrorFor('GRAPHQL_VALIDATION_FAILED', e.message));
        const refusal = operationLimitsError(schema, document, payload.variables, payload.operationName);
        if (refusal) return [refusal];
        const contextValue = await buildContext(services, ctx.extra.token ?? null);
        if (!contextValue.user) {
          // The session ended and this instance has not heard (or is closing the socket now).
          ctx.extra.socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
          return [graphQLErrorFor('UNAUTHENTICATED', 'Your session has ended; please sign in again.')];
        }
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
    },
    wss,
  );
  // graphql-ws logs a socket's 'error' with its stack and "check your implementation"; on a
  // server socket that is only ever a client's protocol fault (an oversized or malformed frame),
  // which ws has already answered by closing with the matching code. One line is enough.
  wss.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => logger.warn(`A WebSocket client broke the protocol and was disconnected: ${error.message}`));
  });
  const stopListening = services.sessionEnds.listen();
  const stopExpiring = closeExpiredSessions(services.liveSockets, clock);
  return {
    dispose: async () => {
      stopExpiring();
      await stopListening();
      await cleanup.dispose();
    },
  };
}

/** Whether `operations` holds at least `count` entries, counting no further than that. */
function operationsAtLeast(operations: Record<string, unknown>, count: number): boolean {
  let seen = 0;
  for (const _id in operations) if (++seen >= count) return true;
  return false;
}
