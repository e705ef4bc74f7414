import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { BerthError } from '@berth/domain';
import { graphQLErrorFor } from './errors';
import { assertWithinLimits } from './operation-limits';

/**
 * The operation limits as a GraphQL error, or null when the operation is within them. Fails
 * closed: an unexpected failure while measuring refuses the operation too. HTTP (the plugin
 * below) and WebSocket (onSubscribe) both ask this, after validation and before any resolver.
 */
export function operationLimitsError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): GraphQLError | null {
  try {
    assertWithinLimits(schema, document, variables ?? {}, operationName ?? undefined);
    return null;
  } catch (error) {
    if (error instanceof BerthError) return graphQLErrorFor(error.code, error.message, error.fields);
    return graphQLErrorFor('QUERY_TOO_COMPLEX', 'This request could not be measured against the limits, so it was not run.');
  }
}

/** Applies the operation limits to HTTP operations. */
export function operationLimitsPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, request }) => {
        const refusal = operationLimitsError(schema, document, request.variables, request.operationName);
        if (refusal) throw refusal;
      },
    }),
  };
}
