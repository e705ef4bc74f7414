import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BerthError, ERROR_CODES, isErrorCode, type ErrorCode, type FieldProblem } from '@berth/domain';
import type { Logger } from '../logger';
import { clipped, coercionProblem } from './coercion-errors';

/** Codes Apollo and graphql-js put on errors they raise, mapped onto Berth's codes. */
const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
};

/**
 * graphql-js ends validation and input-coercion messages with " Did you mean …?", naming
 * fields, types and enum values close to what was asked: with introspection off, that hands
 * the schema out one guess at a time. Production answers without them.
 */
const SUGGESTION = /\s*Did you mean .*\?$/s;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * A GraphQL error whose extensions carry a Berth code (and the field problems for bad input).
 * The WebSocket server answers validation errors through here without passing the formatter,
 * so suggestions are dropped here in every environment (over HTTP, development keeps them).
 */
export function graphQLErrorFor(code: ErrorCode, message: string, fields: FieldProblem[] = []): GraphQLError {
  return new GraphQLError(withoutSuggestions(message), {
    extensions: { code, ...(fields.length ? { fields } : {}), http: { status: ERROR_CODES[code].httpStatus } },
  });
}

/**
 * Apollo's formatError: every error leaves with a Berth code, a readable message, and no stack
 * trace or SQL. Unknown errors are logged here (once) and answered generically. Without
 * `exposeDetails` (production), schema suggestions are stripped too.
 */
export function createErrorFormatter(logger: Logger, { exposeDetails }: { exposeDetails: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const message = exposeDetails ? formatted.message : withoutSuggestions(formatted.message);
    const base = { message, locations: formatted.locations, path: formatted.path };

    if (original instanceof BerthError) {
      // Inconsistent stored data is ours to fix: the operator hears of it as of any fault.
      if (original.code === 'BROKEN_INVARIANT') logger.error(`Broken invariant at ${formatted.path?.join('.') ?? '(request)'}: ${original.message}`);
      return { ...base, message: original.message, extensions: { ...original.details, ...codeExtensions(original.code, original.fields) } };
    }
    // graphql-js refused a value for its declared type before any resolver ran (a variable, or
    // null in a defaulted argument): bad input like any other, with the field it names.
    const coercion = coercionProblem(message);
    if (coercion) return { ...base, message: clipped(message), extensions: codeExtensions('BAD_USER_INPUT', [coercion]) };
    const declared = formatted.extensions?.code;
    if (isErrorCode(declared) && declared !== 'INTERNAL_SERVER_ERROR') {
      return { ...base, extensions: { ...formatted.extensions, code: declared, stacktrace: undefined } };
    }
    if (typeof declared === 'string' && FRAMEWORK_CODES[declared]) {
      return { ...base, extensions: codeExtensions(FRAMEWORK_CODES[declared]) };
    }
    logger.error(`Unexpected error at ${formatted.path?.join('.') ?? '(request)'}: ${formatted.message}`, original);
    return {
      ...base,
      message: exposeDetails ? formatted.message : ERROR_CODES.INTERNAL_SERVER_ERROR.defaultMessage,
      extensions: codeExtensions('INTERNAL_SERVER_ERROR'),
    };
  };
}

function codeExtensions(code: ErrorCode, fields: FieldProblem[] = []) {
  return fields.length ? { code, fields } : { code };
}

/** The error a resolver, plugin or context function actually threw, under graphql-js's wrapping. */
function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}
