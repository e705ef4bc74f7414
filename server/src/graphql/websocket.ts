import type { Server } from 'node:http';
import { parse, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Services } from '../services';
import { sessionTokenFrom } from '../http/session-cookie';
import { buildContext } from './context';
import { graphQLErrorFor } from './errors';
import { operationLimitsError } from './operation-limits-plugin';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * graphql-ws on the HTTP server's port and path. A socket is accepted only for a valid
 * session (token in connection params `authToken`, or the browser's cookie); each operation
 * re-checks the session and passes the same limits and error formatting as HTTP.
 */
export function attachWebSocketServer(httpServer: Server, schema: GraphQLSchema, services: Services, formatError: FormatError) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const tokenOf = (params: Record<string, unknown> | undefined, cookie: string | undefined) =>
    (typeof params?.authToken === 'string' && params.authToken) || sessionTokenFrom({ cookie });

  const cleanup = useServer<Record<string, unknown>, { token: string; forget: () => void }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = tokenOf(ctx.connectionParams, ctx.extra.request.headers.cookie);
        const user = token ? await services.auth.authenticate(token) : null;
        if (!user || !token) return false; // closes with 4403 Forbidden
        ctx.extra.token = token;
        ctx.extra.forget = services.liveSockets.add(user.id, user.sessionTokenHash, ctx.extra.socket);
        return true;
      },
      onClose: (ctx) => ctx.extra.forget?.(),
      onSubscribe: async (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [graphQLErrorFor('GRAPHQL_PARSE_FAILED', (error as Error).message)];
        }
        const errors = validate(schema, document);
        if (errors.length) return errors.map((e) => graphQLErrorFor('GRAPHQL_VALIDATION_FAILED', e.message));
        const refusal = operationLimitsError(schema, document, payload.variables, payload.operationName);
        if (refusal) return [refusal];
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue: await buildContext(services, ctx.extra.token ?? null),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
    },
    wss,
  );
  return { dispose: async () => { await cleanup.dispose(); } };
}
