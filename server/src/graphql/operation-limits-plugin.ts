import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { BerthError } from '@berth/domain';
import { graphQLErrorFor } from './errors';
import { assertWithinLimits } from './operation-limits';

/** Applies the depth, alias and cost limits to HTTP operations (WebSocket ones check in onSubscribe). */
export function operationLimitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, request }) => {
        try {
          assertWithinLimits(schema, document, request.variables ?? {}, request.operationName ?? undefined);
        } catch (error) {
          if (error instanceof BerthError) throw graphQLErrorFor(error.code, error.message);
          throw error;
        }
      },
    }),
  };
}
